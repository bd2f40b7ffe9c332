// 办理过程 (every step with who and when), 延期记录 (original and new dates), 处理 and 反馈.
import type { TipDetail, TipExtension, TipOutcomeRow, TipStep } from '../../../shared/tips/ledger.ts';
import { formatTimestamp } from '../../../shared/kernel/dates.ts';
import { TipStatusChip } from '../common/TipChips.tsx';
import { InfoList, Section } from '../../kit/Section.tsx';
import { SimpleTable, type Column } from '../../kit/SimpleTable.tsx';

const STEP_COLUMNS: Column<TipStep>[] = [
  { header: '时间', cell: (s) => formatTimestamp(s.at), width: 140 },
  { header: '环节', cell: (s) => s.step, width: 90 },
  { header: '办理人', cell: (s) => s.actorName, width: 90 },
  { header: '办理后状态', cell: (s) => <TipStatusChip status={s.toStatus} />, width: 100 },
  { header: '意见或说明', cell: (s) => s.note || '—' },
  { header: '时限', cell: (s) => s.dueDate ?? '—', width: 100 },
];

export function StepsSection({ tip }: { tip: TipDetail }) {
  return (
    <Section title="办理过程">
      <SimpleTable label="办理过程" columns={STEP_COLUMNS} rows={tip.steps} rowKey={(s) => s.id} empty="尚无办理记录。" />
    </Section>
  );
}

const EXTENSION_COLUMNS: Column<TipExtension>[] = [
  { header: '申请时间', cell: (e) => formatTimestamp(e.requestedAt), width: 140 },
  { header: '申请人', cell: (e) => e.requestedBy, width: 80 },
  { header: '原时限', cell: (e) => e.oldDue, width: 100 },
  { header: '延期至', cell: (e) => e.newDue, width: 100 },
  { header: '延期理由', cell: (e) => e.reason },
  { header: '审批', cell: (e) => e.state, width: 70 },
  { header: '审批人', cell: (e) => e.decidedBy ?? '—', width: 80 },
  { header: '审批时间', cell: (e) => (e.decidedAt ? formatTimestamp(e.decidedAt) : '—'), width: 140 },
  { header: '审批意见', cell: (e) => e.decisionNote || '—' },
];

export function ExtensionsSection({ tip }: { tip: TipDetail }) {
  if (tip.extensions.length === 0) return null;
  return (
    <Section title="延期记录">
      <SimpleTable label="延期记录" columns={EXTENSION_COLUMNS} rows={tip.extensions} rowKey={(e) => e.id} empty="" />
    </Section>
  );
}

const OUTCOME_COLUMNS: Column<TipOutcomeRow>[] = [
  { header: '被反映人', cell: (o) => o.personName, width: 90 },
  { header: '单位', cell: (o) => o.unitName || '—' },
  { header: '身份类别', cell: (o) => o.category, width: 90 },
  { header: '处理', cell: (o) => o.outcome, width: 90 },
  { header: '处分档次', cell: (o) => o.grade || '—', width: 100 },
  { header: '情节', cell: (o) => o.circumstance, width: 60 },
  { header: '违纪行为发生时间', cell: (o) => o.conductDate ?? '—', width: 130 },
  { header: '决定日期', cell: (o) => o.decidedDate, width: 100 },
];

export function OutcomesSection({ tip }: { tip: TipDetail }) {
  if (!tip.concludedDate) return null;
  return (
    <Section title="办理结果与处理">
      <InfoList
        items={[
          ['办理结果', tip.result ?? ''],
          ['办结日期', tip.concludedDate],
          ['办理情况', tip.conclusion, true],
        ]}
      />
      <div style={{ marginTop: 12 }}>
        <SimpleTable label="处理" columns={OUTCOME_COLUMNS} rows={tip.outcomes} rowKey={(o) => o.id} empty="未记录处理。" />
      </div>
    </Section>
  );
}

export function FeedbackSection({ tip }: { tip: TipDetail }) {
  if (tip.mode === '匿名') return null;
  const f = tip.feedback;
  return (
    <Section title="反馈">
      {f ? (
        <InfoList
          items={[
            ['反馈日期', f.date],
            ['反馈方式', f.way],
            ['反馈内容', f.content, true],
            ['记录人', f.recordedBy],
            ['记录时间', formatTimestamp(f.recordedAt)],
          ]}
        />
      ) : (
        <InfoList items={[['反馈', '尚未反馈（实名反映办结后须向反映人反馈）', true]]} />
      )}
    </Section>
  );
}
