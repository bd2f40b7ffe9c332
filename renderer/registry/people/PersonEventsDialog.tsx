// 处理记录 of a person: the discipline events decided about them from every source — a tip's
// 处理, a talk's or a letter's outcome (interviews.personEvents), newest first, each with its
// source record, the decision, the circumstance and the date decided.
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import type { DisciplineEventView } from '../../../shared/interviews/index.ts';
import type { PersonRow } from '../../../shared/registry/people.ts';
import { useOp } from '../../api/query.ts';
import { ErrorAlert } from '../../kit/ErrorAlert.tsx';
import { SimpleTable, type Column } from '../../kit/SimpleTable.tsx';

/** The source record's own page. */
function sourceHref(e: DisciplineEventView): string {
  return e.sourceKind === '信访件' ? `#/tips/${e.sourceId}` : `#/interviews/${e.sourceId}`;
}

const COLUMNS: Column<DisciplineEventView>[] = [
  { header: '来源', cell: (e) => e.sourceKind, width: 70 },
  { header: '编号', cell: (e) => <Link href={sourceHref(e)} underline="hover">{e.sourceNumber}</Link>, width: 120 },
  { header: '处理', cell: (e) => (e.grade && e.grade !== e.outcome ? `${e.outcome}（${e.grade}）` : e.outcome) },
  { header: '情节', cell: (e) => e.circumstance, width: 70 },
  { header: '决定日期', cell: (e) => e.decidedDate, width: 100 },
];

export function PersonEventsDialog({ person, onClose }: { person: PersonRow; onClose(): void }) {
  const query = useOp('interviews.personEvents', { personId: person.id });
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" aria-labelledby="person-events-title">
      <DialogTitle id="person-events-title">
        处理记录（{person.name}，{person.unitName}）
      </DialogTitle>
      <DialogContent dividers>
        <ErrorAlert error={query.error} />
        {query.isPending ? <LinearProgress aria-label="正在加载处理记录" /> : null}
        {query.data ? <SimpleTable label="处理记录" columns={COLUMNS} rows={query.data} rowKey={(e) => e.id} empty="暂无处理记录。" /> : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} autoFocus>
          关闭
        </Button>
      </DialogActions>
    </Dialog>
  );
}
