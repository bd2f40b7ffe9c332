// 延期: each request with the deadline it would replace and the one asked, its state and the
// leader's decision.
import type { RectExtension } from '../../../shared/rectification/index.ts';
import { formatTimestamp } from '../../../shared/kernel/dates.ts';
import { Section } from '../../kit/Section.tsx';
import { SimpleTable, type Column } from '../../kit/SimpleTable.tsx';

const COLUMNS: Column<RectExtension>[] = [
  { header: '申请时间', cell: (e) => formatTimestamp(e.requestedAt), width: 140 },
  { header: '申请人', cell: (e) => e.requestedByName, width: 80 },
  { header: '原整改时限', cell: (e) => e.previousDeadline, width: 100 },
  { header: '延期后的整改时限', cell: (e) => e.requestedDeadline, width: 130 },
  { header: '延期理由', cell: (e) => e.reason },
  { header: '审批', cell: (e) => e.state, width: 70 },
  { header: '审批人', cell: (e) => e.decidedByName ?? '—', width: 80 },
  { header: '审批日期', cell: (e) => e.decidedOn ?? '—', width: 100 },
  { header: '审批意见', cell: (e) => e.opinion || '—' },
];

export function ExtensionsSection({ extensions }: { extensions: RectExtension[] }) {
  if (extensions.length === 0) return null;
  return (
    <Section title="延期">
      <SimpleTable label="延期" columns={COLUMNS} rows={extensions} rowKey={(e) => e.id} empty="" />
    </Section>
  );
}
