// One list of the home page's tips dashboard (我的逾期事项, 即将到期, 待我办理): each item is a
// link to the tip, with its number, summary, what is waited for, the due date and its standing;
// the figure is how many the list holds in all, 查看全部 opens the ledger filtered to them.
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { TipTask } from '../../../shared/tips/dashboard.ts';
import { DueChip } from '../common/DueChip.tsx';

interface Props {
  title: string;
  /** The first items of the list. */
  tasks: TipTask[];
  /** How many the list holds in all. */
  total: number;
  /** The ledger filtered to exactly this list (查看全部). */
  href: string;
  /** What the empty list says, e.g. 暂无逾期事项. */
  empty: string;
  /** Show what each item waits for (待审批, 延期申请待审批 …). */
  showAction?: boolean;
}

export function TipTaskList({ title, tasks, total, href, empty, showAction = false }: Props) {
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
      {tasks.length === 0 ? (
        <Typography color="text.secondary" sx={{ px: 2, pt: 0.5, pb: 2 }}>
          {empty}
        </Typography>
      ) : (
        <List dense disablePadding sx={{ maxHeight: 300, overflow: 'auto', pb: 0.5 }}>
          {tasks.map((t) => (
            <ListItemButton
              key={`${t.id}-${t.extensionId ?? ''}-${t.action}`}
              component="a"
              href={`#/tips/${t.id}`}
              sx={{ display: 'block', px: 2, py: 0.75, borderTop: 1, borderColor: 'divider' }}
            >
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                <Typography component="span" sx={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                  {t.number}
                </Typography>
                {showAction ? (
                  <Typography component="span" color="primary" sx={{ fontSize: 13, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
                    {t.action}
                  </Typography>
                ) : null}
                <Box sx={{ flexGrow: 1 }} />
                <DueChip state={t.dueState} />
              </Stack>
              <Typography variant="body2" sx={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }} title={t.summary}>
                {t.summary}
              </Typography>
              <Typography variant="caption" color="text.secondary">
                {[showAction && t.action === t.status ? null : t.status, t.dueDate ? `时限 ${t.dueDate}` : '无时限'].filter(Boolean).join(' · ')}
              </Typography>
            </ListItemButton>
          ))}
        </List>
      )}
    </Paper>
  );
}
