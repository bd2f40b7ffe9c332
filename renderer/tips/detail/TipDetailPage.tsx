// A tip's own page (#/tips/123): its number, stage and deadline at the top with the steps the
// person may take now; below, everything on record — intake, reporter (masked), people and
// units, content, history, extensions, outcomes, feedback, attachments and repeats.
import { useParams } from 'react-router';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import type { TipDetail } from '../../../shared/tips/ledger.ts';
import { opKey, queryClient, useOp } from '../../api/query.ts';
import { PageHeader } from '../../kit/PageHeader.tsx';
import { useNotice } from '../../kit/useNotice.tsx';
import { TipActionBar } from '../actions/TipActionBar.tsx';
import { pendingExtension } from '../actions/tipActions.ts';
import { RepeatMarker, TipStatusChip } from '../common/TipChips.tsx';
import { DueChip } from '../common/DueChip.tsx';
import { useTipNav } from '../common/tipRoute.ts';
import { AttachmentsSection } from './AttachmentsSection.tsx';
import { BasicInfoSection } from './BasicInfoSection.tsx';
import { ExtensionsSection, FeedbackSection, OutcomesSection, StepsSection } from './HandlingSections.tsx';
import { RepeatsSection } from './RepeatsSection.tsx';
import { ReporterSection } from './ReporterSection.tsx';
import { ContentSection, SubjectSection } from './SubjectSections.tsx';
import { ReturnedAlert } from './ReturnedAlert.tsx';
import { TipFormsMenu } from './TipFormsMenu.tsx';
import { ErrorAlert } from '../../kit/ErrorAlert.tsx';
import { PlanSection } from '../../interviews/index.ts';

/** #/tips/:id — a number that is not a tip's id shows the service's own answer. */
export function TipDetailRoute() {
  const { id = '' } = useParams();
  const n = /^\d{1,15}$/.test(id) ? Number(id) : 0;
  return <TipDetailPage key={n} id={n} />;
}

export function TipDetailPage({ id }: { id: number }) {
  const query = useOp('tips.get', { id });
  const tip = query.data ?? null;
  const error = query.error;
  const notice = useNotice();
  const nav = useTipNav();

  const changed = (d: TipDetail, message: string) => {
    queryClient.setQueryData(opKey('tips.get', { id }), d);
    notice.show(message);
  };

  const back = (
    <Button startIcon={<ArrowBackIcon />} onClick={nav.backToLedger}>
      返回台账
    </Button>
  );

  if (!tip) {
    return (
      <>
        <PageHeader title="信访件">{back}</PageHeader>
        {error ? <ErrorAlert error={error} sx={{}} /> : <LinearProgress aria-label="正在读取信访件" />}
      </>
    );
  }

  const pending = pendingExtension(tip);
  return (
    <Box sx={{ overflow: 'auto', minHeight: 0 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1.5, flexWrap: 'wrap', rowGap: 1 }}>
        <Typography variant="h6" component="h1" sx={{ fontWeight: 600 }}>
          信访件 {tip.number}
        </Typography>
        <TipStatusChip status={tip.status} />
        <DueChip state={tip.dueState} />
        <RepeatMarker repeatOfNumber={tip.repeatOfNumber} repeatCount={0} />
        <Box sx={{ flexGrow: 1 }} />
        <TipActionBar tip={tip} onChanged={changed} />
        <TipFormsMenu tip={tip} />
        {back}
      </Stack>
      <ErrorAlert error={query.isRefetchError ? error : null} />
      {tip.returned ? <ReturnedAlert returned={tip.returned} /> : null}
      {pending ? (
        <Alert severity="info" sx={{ mb: 1.5 }}>
          {pending.requestedBy} 申请将承办时限由 {pending.oldDue} 延期至 {pending.newDue}，等待领导审批。
        </Alert>
      ) : null}
      <Stack spacing={1.5} sx={{ pb: 2 }}>
        <BasicInfoSection tip={tip} />
        <ReporterSection key={tip.id} tip={tip} />
        <SubjectSection tip={tip} />
        <ContentSection tip={tip} />
        <PlanSection
          tip={tip}
          onTipChanged={(d, message) => {
            if (d) return changed(d, message);
            void queryClient.invalidateQueries({ queryKey: opKey('tips.get', { id }) });
            notice.show(message);
          }}
        />
        <StepsSection tip={tip} />
        <ExtensionsSection tip={tip} />
        <OutcomesSection tip={tip} />
        <FeedbackSection tip={tip} />
        <AttachmentsSection
          tip={tip}
          onUploaded={(message) => {
            notice.show(message);
          }}
        />
        <RepeatsSection tip={tip} onChanged={changed} />
      </Stack>
      {notice.element}
    </Box>
  );
}
