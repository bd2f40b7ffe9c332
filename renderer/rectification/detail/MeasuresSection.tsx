// 整改措施: each with its own 责任人 and 时限; a measure past its 时限 while the item is open is
// marked 已超过措施时限 (a warning: the item's own 整改时限 decides 逾期).
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import type { RectMeasure } from '../../../shared/rectification/index.ts';
import { Section } from '../../kit/Section.tsx';
import { SimpleTable, type Column } from '../../kit/SimpleTable.tsx';

const COLUMNS: Column<RectMeasure>[] = [
  { header: '序号', cell: (m) => m.seq, width: 50 },
  { header: '整改措施', cell: (m) => m.text },
  { header: '措施责任人', cell: (m) => (m.owner ? m.owner.name : '—'), width: 100 },
  {
    header: '措施时限',
    cell: (m) => (
      <Stack direction="row" spacing={0.75} sx={{ alignItems: 'center' }}>
        <span>{m.dueDate ?? '—'}</span>
        {m.late ? <Chip size="small" color="warning" label="已超过措施时限" sx={{ height: 22 }} /> : null}
      </Stack>
    ),
    width: 220,
  },
];

export function MeasuresSection({ measures }: { measures: RectMeasure[] }) {
  const late = measures.filter((m) => m.late).length;
  return (
    <Section title="整改措施" actions={late > 0 ? <Chip color="warning" label={`${late}项措施已超过时限`} size="small" /> : null}>
      <SimpleTable label="整改措施" columns={COLUMNS} rows={measures} rowKey={(m) => m.seq} empty="未填写整改措施。" />
    </Section>
  );
}
