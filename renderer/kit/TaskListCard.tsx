// One list of 首页 (我的逾期事项, 整改逾期 …): its title with how many it holds in all, 查看全部 to the
// ledger filtered to exactly it, and its first items, each a link: number and a note on the first
// line (with the deadline's chip on the right), the text, and a caption.
import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

export interface TaskListItem {
  key: string;
  /** Where the item opens (#/tips/12). */
  href: string;
  number: string;
  /** Beside the number (what is waited for, the unit), or nothing. */
  note: ReactNode;
  chip: ReactNode;
  text: string;
  caption: string;
}

interface Props {
  title: string;
  items: readonly TaskListItem[];
  /** How many the list holds in all. */
  total: number;
  /** The ledger filtered to exactly this list (查看全部). */
  href: string;
  /** What the empty list says, e.g. 暂无逾期事项. */
  empty: string;
}

export function TaskListCard({ title, items, total, href, empty }: Props) {
  return (
    <Paper component="section" aria-label={title} variant="outlined" sx={{ minWidth: 0, display: 'flex', flexDirection: 'column' }}>
      <Stack direction="row" sx={{ alignItems: 'baseline', px: 2, pt: 1.5, pb: 0.5 }}>
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
          {title}
          <Typography component="span" color="text.secondary" sx={{ ml: 1, fontSize: 14 }} aria-label={`${title}件数`}>
            {total} 项
          </Typography>
        </Typography>
        <Box sx={{ flexGrow: 1 }} />
        {total > 0 ? (
          <Link href={href} underline="hover" sx={{ fontSize: 14 }} aria-label={`查看全部${title}`}>
            查看全部
          </Link>
        ) : null}
      </Stack>
      {items.length === 0 ? (
        <Typography color="text.secondary" sx={{ px: 2, pt: 0.5, pb: 2 }}>
          {empty}
        </Typography>
      ) : (
        <List dense disablePadding sx={{ maxHeight: 300, overflow: 'auto', pb: 0.5 }}>
          {items.map((item) => (
            <ListItemButton key={item.key} component="a" href={item.href} sx={{ display: 'block', px: 2, py: 0.75, borderTop: 1, borderColor: 'divider' }}>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                <Typography component="span" sx={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                  {item.number}
                </Typography>
                {item.note}
                <Box sx={{ flexGrow: 1 }} />
                {item.chip}
              </Stack>
              <Typography variant="body2" sx={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }} title={item.text}>
                {item.text}
              </Typography>
              <Typography variant="caption" color="text.secondary">
                {item.caption}
              </Typography>
            </ListItemButton>
          ))}
        </List>
      )}
    </Paper>
  );
}
