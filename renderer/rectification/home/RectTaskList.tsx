// One list of 首页's rectification part (逾期 / 即将到期 / 需督办): each item a link to it with its
// number, unit, problem, deadline and 逾期N天; the figure is how many the list holds in all,
// 查看全部 opens the ledger under the same filter.
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { RectRow } from '../../../shared/rectification/index.ts';
import { deadlineText, RectDueChip } from '../common/RectChips.tsx';
import { rectPath } from '../common/rectRoute.ts';

interface Props {
  title: string;
  rows: RectRow[];
  total: number;
  href: string;
  empty: string;
}

export function RectTaskList({ title, rows, total, href, empty }: Props) {
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
      {rows.length === 0 ? (
        <Typography color="text.secondary" sx={{ px: 2, pt: 0.5, pb: 2 }}>
          {empty}
        </Typography>
      ) : (
        <List dense disablePadding sx={{ maxHeight: 300, overflow: 'auto', pb: 0.5 }}>
          {rows.map((r) => (
            <ListItemButton key={r.id} component="a" href={`#${rectPath(r.id)}`} sx={{ display: 'block', px: 2, py: 0.75, borderTop: 1, borderColor: 'divider' }}>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                <Typography component="span" sx={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                  {r.number}
                </Typography>
                <Typography component="span" color="text.secondary" sx={{ fontSize: 13, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
                  {r.unitName}
                </Typography>
                <Box sx={{ flexGrow: 1 }} />
                <RectDueChip state={r.dueState} overdueDays={r.overdueDays} />
              </Stack>
              <Typography variant="body2" sx={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }} title={r.problem}>
                {r.problem}
              </Typography>
              <Typography variant="caption" color="text.secondary">
                {r.status} · 时限 {deadlineText(r.deadline, r.deadlineOriginal)}
              </Typography>
            </ListItemButton>
          ))}
        </List>
      )}
    </Paper>
  );
}
