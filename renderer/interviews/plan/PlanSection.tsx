// The tip's section 谈话函询方案 (a lead disposed of as 谈话函询): the plan drafted per person
// reported, submitted, approved or returned by a leader; once approved the talks and letters made
// from it (each linked to its page), and 依谈话函询结果办结 when all of them are concluded.
import { useEffect, useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { INTERVIEW_READERS, type PlanInterview, type PlanItemView, type TipInterviewPlan } from '../../../shared/interviews/index.ts';
import type { TipDetail } from '../../../shared/tips/index.ts';
import { opKey, queryClient, useOp } from '../../api/query.ts';
import { useSession } from '../../app/session.ts';
import { ErrorAlert } from '../../kit/ErrorAlert.tsx';
import { Section } from '../../kit/Section.tsx';
import { SimpleTable, type Column } from '../../kit/SimpleTable.tsx';
import { StatusChip } from '../../kit/StatusChip.tsx';
import { ConcludeTipDialog } from './ConcludeTipDialog.tsx';
import { DecidePlan } from './DecidePlan.tsx';
import { PlanForm } from './PlanForm.tsx';

interface Props {
  tip: TipDetail;
  /** The tip changed (its history, or its 办结). */
  onTipChanged(tip: TipDetail | null, message: string): void;
}

const ITEM_COLUMNS: ReadonlyArray<Column<PlanItemView>> = [
  { header: '被反映人', cell: (i) => `${i.personName}${i.unitName ? `（${i.unitName}）` : ''}`, width: 200 },
  { header: '方式', cell: (i) => i.way, width: 90 },
  { header: '谈话方式', cell: (i) => (i.way === '函询' ? '—' : i.holder), width: 90 },
  { header: '谈话人', cell: (i) => (i.way === '函询' ? '—' : i.holder === '本委' ? i.interviewers.map((u) => u.name).join('、') : i.holderNames) },
  { header: '计划日期', cell: (i) => i.plannedDate, width: 110 },
  { header: '地点', cell: (i) => i.place },
];

const INTERVIEW_COLUMNS: ReadonlyArray<Column<PlanInterview>> = [
  { header: '编号', cell: (i) => <Link href={`#/interviews/${i.id}`}>{i.number}</Link>, width: 130 },
  { header: '类别', cell: (i) => i.kind, width: 70 },
  { header: '对象', cell: (i) => i.personName, width: 110 },
  { header: '状态', cell: (i) => <StatusChip status={i.status} />, width: 100 },
  { header: '结果', cell: (i) => i.outcome ?? '', width: 100 },
  { header: '办结日期', cell: (i) => i.concludedDate ?? '' },
];

export function PlanSection({ tip, onTipChanged }: Props) {
  const input = { tipId: tip.id };
  // Asked only by the roles that see talks and letters (another would be refused, and its refusal recorded).
  const reads = INTERVIEW_READERS.includes(useSession().user.role);
  const query = useOp('interviews.plan', input, { enabled: reads });
  const [concluding, setConcluding] = useState(false);
  const view = query.data;

  // The tip moved on (approved, extended, concluded …): what the plan may do follows.
  const seen = useRef(`${tip.version}`);
  useEffect(() => {
    if (seen.current === `${tip.version}`) return;
    seen.current = `${tip.version}`;
    if (reads) void query.refetch();
  }, [tip.version]);

  const changed = (next: TipInterviewPlan, message: string) => {
    queryClient.setQueryData(opKey('interviews.plan', input), next);
    onTipChanged(null, message);
  };

  if (!reads) return null;
  if (!view) return query.error ? <ErrorAlert error={query.error} /> : <LinearProgress aria-label="正在读取谈话函询方案" />;
  if (!view.applies) return null;
  const plan = view.plan;
  return (
    <Section
      title="谈话函询方案"
      actions={
        <>
          {plan ? <StatusChip status={plan.status} /> : null}
          {view.can.concludeTip ? (
            <Button variant="contained" size="small" onClick={() => setConcluding(true)}>
              依谈话函询结果办结
            </Button>
          ) : null}
        </>
      }
    >
      <Stack spacing={1.5}>
        {plan?.needsMainLeader ? <Alert severity="info">方案涉及下一级党委主要负责人，须由机关主要领导审批。</Alert> : null}
        {plan && plan.status === '草拟' && plan.decisionNote ? (
          <Alert severity="warning">
            方案已被退回（{plan.decidedByName ?? ''}{plan.decidedAt ? ` ${plan.decidedAt.slice(0, 10)}` : ''}）：{plan.decisionNote}
          </Alert>
        ) : null}
        {plan && plan.status === '已批准' ? (
          <Typography variant="body2" color="text.secondary">
            {plan.decidedByName ?? ''} 于 {plan.decidedAt?.slice(0, 10) ?? ''} 批准{plan.decisionNote ? `：${plan.decisionNote}` : ''}
          </Typography>
        ) : null}
        {view.can.edit ? (
          <PlanForm view={view} people={tip.people} onSaved={changed} />
        ) : plan ? (
          <>
            <SimpleTable label="方案" columns={ITEM_COLUMNS} rows={plan.items} rowKey={(i) => i.id} empty="方案中没有人员" />
            {plan.note ? <Typography variant="body2">方案说明：{plan.note}</Typography> : null}
          </>
        ) : (
          <Typography variant="body2" color="text.secondary">
            尚未拟定方案（由承办人拟定）。
          </Typography>
        )}
        {view.can.decide ? <DecidePlan view={view} onDone={changed} /> : null}
        {plan?.status === '待审批' && !view.can.decide ? (
          <Typography variant="body2" color="text.secondary">
            方案已提交，等待{plan.needsMainLeader ? '机关主要领导' : '领导'}审批。
          </Typography>
        ) : null}
        {view.interviews.length > 0 ? (
          <>
            <Typography variant="subtitle2" component="h3" sx={{ fontWeight: 600 }}>
              据方案生成的谈话和函询
            </Typography>
            <SimpleTable label="据方案生成的谈话和函询" columns={INTERVIEW_COLUMNS} rows={view.interviews} rowKey={(i) => i.id} empty="" />
            {view.conclusion.reason && plan?.status === '已批准' ? (
              <Typography variant="body2" color="text.secondary">
                {view.conclusion.reason}。
              </Typography>
            ) : null}
          </>
        ) : null}
      </Stack>
      {concluding ? (
        <ConcludeTipDialog
          view={view}
          onClose={() => setConcluding(false)}
          onDone={(d) => {
            setConcluding(false);
            onTipChanged(d, '已依谈话函询结果办结');
          }}
        />
      ) : null}
    </Section>
  );
}
