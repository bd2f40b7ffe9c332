// 处理记录 of a person: every discipline event from whichever record decided it (a tip, a talk, a
// letter — interviews.personEvents), newest first, each linked to its record. Opened from 人员管理
// and from a talk's or letter's page.
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import type { DisciplineEventView } from '../../../shared/interviews/index.ts';
import { useOp } from '../../api/query.ts';
import { ErrorAlert } from '../../kit/ErrorAlert.tsx';
import { SimpleTable, type Column } from '../../kit/SimpleTable.tsx';

const sourcePath = (e: DisciplineEventView): string => {
  if (e.sourceKind === '信访件') return `#/tips/${e.sourceId}`;
  // A decision made elsewhere opens in 廉情指数 → 处分决定.
  if (e.sourceKind === '外部决定') return `#/index/decisions?id=${e.sourceId}`;
  return `#/interviews/${e.sourceId}`;
};

const COLUMNS: Column<DisciplineEventView>[] = [
  { header: '决定日期', cell: (e) => e.decidedDate, width: 100 },
  { header: '处理', cell: (e) => [e.outcome, e.grade].filter(Boolean).join(' · '), width: 120 },
  { header: '情节', cell: (e) => e.circumstance || '—', width: 60 },
  { header: '违纪行为发生时间', cell: (e) => e.conductDate ?? '—', width: 130 },
  { header: '单位', cell: (e) => e.unitName || '—' },
  { header: '身份类别', cell: (e) => e.category || '—', width: 100 },
  {
    header: '来源',
    cell: (e) => (
      <Link href={sourcePath(e)} underline="hover">
        {e.sourceKind} {e.sourceNumber}
      </Link>
    ),
    width: 160,
  },
];

export function PersonEventsDialog({ personId, personName, onClose }: { personId: number; personName: string; onClose(): void }) {
  const events = useOp('interviews.personEvents', { personId });
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" aria-labelledby="person-events-title">
      <DialogTitle id="person-events-title">{personName}的处理记录</DialogTitle>
      <DialogContent dividers>
        <ErrorAlert error={events.error} sx={{}} />
        {events.data ? (
          <SimpleTable label="处理记录" columns={COLUMNS} rows={events.data} rowKey={(e) => e.id} empty="没有处理记录。" />
        ) : events.error ? null : (
          <LinearProgress aria-label="正在读取处理记录" />
        )}
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={onClose} autoFocus>
          关闭
        </Button>
      </DialogActions>
    </Dialog>
  );
}
