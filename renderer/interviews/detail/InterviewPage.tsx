// A talk's or letter's own page (#/interviews/12): its number, 类别, status and deadline (逾期 /
// 即将到期 with the working days left) at the top with the steps the person may take now (the
// service's `can`); below, everything on record — 基本信息, 谈话记录 or 函询, 结果, 后续事项, 材料,
// 延期, 办理记录 and 抽查核实.
import { useState, type ReactNode } from 'react';
import { useParams } from 'react-router';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import type { InterviewDetail } from '../../../shared/interviews/index.ts';
import { opKey, queryClient, useOp } from '../../api/query.ts';
import { ErrorAlert } from '../../kit/ErrorAlert.tsx';
import { PageHeader } from '../../kit/PageHeader.tsx';
import { useNotice } from '../../kit/useNotice.tsx';
import { ConsequenceTrace } from '../../consequences/index.ts';
import { InterviewDueChip, InterviewStatusChip } from '../ledger/InterviewChips.tsx';
import { useInterviewNav } from '../ledger/interviewRoute.ts';
import { InterviewActionBar } from './actions/ActionBar.tsx';
import { BasicInfoSection, LetterSection, OutcomeSection, SpotCheckSection, TalkRecordSection } from './InfoSections.tsx';
import { ExtensionsSection, FilesSection, FollowUpsSection, HistorySection } from './ListSections.tsx';

/** #/interviews/:id — a number that is not a record's id shows the service's own answer. */
export function InterviewRoute() {
  const { id = '' } = useParams();
  const n = /^\d{1,15}$/.test(id) ? Number(id) : 0;
  return <InterviewPage key={n} id={n} />;
}

/** A value of the header, named for assistive technology (and read by its name). */
function Labelled({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box component="span" role="group" aria-label={label} sx={{ display: 'inline-flex', alignItems: 'center' }}>
      {children}
    </Box>
  );
}

/** 答复期限 2026-12-11 · 还剩3个工作日, or · 已逾期 with the chip 逾期2个工作日. */
function DueChips({ item }: { item: InterviewDetail }) {
  if (item.dueDate === null || item.status === '已办结') return null;
  const left = item.workdaysLeft;
  // Past it: 已逾期 (how many working days, the chip's); 还剩N个工作日 while it runs.
  const days = item.dueState === '逾期' ? '已逾期' : left === null || left < 0 ? '' : `还剩${left}个工作日`;
  const label = `${item.dueKind ?? ''}期限 ${item.dueDate}${item.dueOriginal && item.dueOriginal !== item.dueDate ? `（原 ${item.dueOriginal}）` : ''}`;
  return (
    <>
      <Labelled label="期限">
        <Typography variant="body2" component="span">
          {label}
          {days ? ` · ${days}` : ''}
        </Typography>
      </Labelled>
      <InterviewDueChip state={item.dueState} workdaysLeft={item.workdaysLeft} />
    </>
  );
}

function StandingAlerts({ item }: { item: InterviewDetail }) {
  const pending = item.extensions.find((e) => e.state === '待审批');
  return (
    <>
      {!item.contentVisible ? (
        <Alert severity="info" sx={{ mb: 1.5 }}>
          无权查看内容：谈话要点、本人陈述、答复内容等只向办理部门和领导显示。
        </Alert>
      ) : null}
      {item.notice && item.notice.status === '草稿' ? (
        <Alert severity="info" sx={{ mb: 1.5 }}>
          {item.notice.title}已拟制，尚未印发：请在发文登记中预览、印发。
        </Alert>
      ) : null}
      {pending ? (
        <Alert severity="info" sx={{ mb: 1.5 }}>
          {pending.byName} 申请将期限由 {pending.oldDue} 延期至 {pending.newDue}，等待领导审批。
        </Alert>
      ) : null}
    </>
  );
}

export function InterviewPage({ id }: { id: number }) {
  const query = useOp('interviews.get', { id });
  const item = query.data ?? null;
  const notice = useNotice();
  const nav = useInterviewNav();
  const [error, setError] = useState<string | null>(null);

  const changed = (d: InterviewDetail, message: string) => {
    setError(null);
    queryClient.setQueryData(opKey('interviews.get', { id }), d);
    notice.show(message);
  };

  const back = (
    <Button startIcon={<ArrowBackIcon />} onClick={() => nav.toLedger()}>
      返回登记
    </Button>
  );

  if (!item) {
    return (
      <>
        <PageHeader title="谈话函询">{back}</PageHeader>
        {query.error ? <ErrorAlert error={query.error} sx={{}} /> : <LinearProgress aria-label="正在读取谈话函询" />}
      </>
    );
  }

  return (
    <Box sx={{ overflow: 'auto', minHeight: 0 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1.5, flexWrap: 'wrap', rowGap: 1 }}>
        <Typography variant="h6" component="h1" sx={{ fontWeight: 600 }}>
          {item.kind === '谈话' ? '谈话' : '函询'} {item.number}
        </Typography>
        <Labelled label="类别">
          <Chip size="small" label={item.typeLabel} variant="outlined" sx={{ height: 22 }} />
        </Labelled>
        <Labelled label="状态">
          <InterviewStatusChip status={item.status} />
        </Labelled>
        <DueChips item={item} />
        <Box sx={{ flexGrow: 1 }} />
        <InterviewActionBar item={item} onChanged={changed} onError={setError} />
        {back}
      </Stack>
      <ErrorAlert error={error ?? (query.isRefetchError ? query.error : null)} />
      <StandingAlerts item={item} />
      <Stack spacing={1.5} sx={{ pb: 2 }}>
        <BasicInfoSection item={item} />
        <ConsequenceTrace interviewId={item.id} />
        <TalkRecordSection item={item} />
        <LetterSection item={item} />
        <OutcomeSection item={item} />
        <FollowUpsSection item={item} onChanged={changed} />
        <FilesSection item={item} onChanged={changed} />
        <ExtensionsSection extensions={item.extensions} />
        <HistorySection history={item.history} />
        <SpotCheckSection item={item} />
      </Stack>
      {notice.element}
    </Box>
  );
}
