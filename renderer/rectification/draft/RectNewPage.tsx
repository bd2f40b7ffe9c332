// 登记整改事项 (#/rectification/new): a 问题清单 — where the problems came from (问题来源, 来源说明,
// the tip of a 信访核查) and one or more items. With ?recurrenceOf=12 the form opens prefilled from
// that closed item (登记屡查屡犯事项). Registered: one item opens; several open the ledger with the
// newest first under that source.
import { useSearchParams } from 'react-router';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { useOp } from '../../api/query.ts';
import { ErrorAlert } from '../../kit/ErrorAlert.tsx';
import { pickId } from '../../kit/ledger/ledgerParams.ts';
import { PageHeader } from '../../kit/PageHeader.tsx';
import { useRectNav } from '../common/rectRoute.ts';
import { nextItem, recurrenceDraft, type ListDraft } from './itemDraft.ts';
import { ProblemListForm } from './ProblemListForm.tsx';

const EMPTY: ListDraft = { source: '', sourceRef: '', tip: null, recurrenceOf: null, items: [nextItem(undefined)] };

export function RectNewPage() {
  const [params] = useSearchParams();
  const recurrenceOf = pickId(params.get('recurrenceOf') ?? '');
  const nav = useRectNav();
  const title = recurrenceOf === undefined ? '登记整改事项' : '登记屡查屡犯事项';
  return (
    <Box sx={{ overflow: 'auto', minHeight: 0 }}>
      <PageHeader title={title}>
        <Button startIcon={<ArrowBackIcon />} onClick={nav.backToLedger}>
          返回整改台账
        </Button>
      </PageHeader>
      {recurrenceOf === undefined ? <ProblemListForm initial={EMPTY} /> : <RecurrenceForm key={recurrenceOf} id={recurrenceOf} />}
    </Box>
  );
}

function RecurrenceForm({ id }: { id: number }) {
  const original = useOp('rect.get', { id });
  if (original.error) return <ErrorAlert error={original.error} />;
  if (!original.data) return <LinearProgress aria-label="正在读取原整改事项" />;
  return <ProblemListForm initial={recurrenceDraft(original.data)} recurrenceOf={original.data} />;
}
