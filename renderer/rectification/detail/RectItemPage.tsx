// An item's own page (#/rectification/12): its number, status and deadline's standing at the top
// with the steps the person may take now (the service's `can`); below, everything on record —
// the item, its measures, progress, evidence, extensions and the whole history.
import { useParams } from 'react-router';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import type { RectDetail } from '../../../shared/rectification/index.ts';
import { opKey, queryClient, useOp } from '../../api/query.ts';
import { ErrorAlert } from '../../kit/ErrorAlert.tsx';
import { PageHeader } from '../../kit/PageHeader.tsx';
import { useNotice } from '../../kit/useNotice.tsx';
import { ConsequenceTrace } from '../../consequences/index.ts';
import { RectActionBar } from '../actions/RectActionBar.tsx';
import { RectDueChip, RectStatusChip } from '../common/RectChips.tsx';
import { useRectNav } from '../common/rectRoute.ts';
import { EvidenceSection } from './EvidenceSection.tsx';
import { ExtensionsSection } from './ExtensionsSection.tsx';
import { EventsSection, ProgressSection } from './HistorySections.tsx';
import { ItemInfoSection } from './ItemInfoSection.tsx';
import { MeasuresSection } from './MeasuresSection.tsx';

/** #/rectification/:id — a number that is not an item's id shows the service's own answer. */
export function RectItemRoute() {
  const { id = '' } = useParams();
  const n = /^\d{1,15}$/.test(id) ? Number(id) : 0;
  return <RectItemPage key={n} id={n} />;
}

function StandingAlerts({ item }: { item: RectDetail }) {
  const pending = item.extensions.find((e) => e.state === '待审批');
  return (
    <>
      {item.status === '待验收' && !item.verified && item.acceptanceRecordedBy ? (
        <Alert severity="info" sx={{ mb: 1.5 }}>
          已申请验收（{item.acceptanceRecordedBy.name} 记录），待监督检查室其他人员验收。
        </Alert>
      ) : null}
      {item.status === '待验收' && item.verified ? (
        <Alert severity="success" sx={{ mb: 1.5 }}>
          验收已通过，待领导销号。
        </Alert>
      ) : null}
      {pending ? (
        <Alert severity="info" sx={{ mb: 1.5 }}>
          {pending.requestedByName} 申请将整改时限由 {pending.previousDeadline} 延期至 {pending.requestedDeadline}，等待领导审批。
        </Alert>
      ) : null}
    </>
  );
}

export function RectItemPage({ id }: { id: number }) {
  const query = useOp('rect.get', { id });
  const item = query.data ?? null;
  const notice = useNotice();
  const nav = useRectNav();

  const changed = (d: RectDetail, message: string) => {
    queryClient.setQueryData(opKey('rect.get', { id }), d);
    notice.show(message);
  };

  const back = (
    <Button startIcon={<ArrowBackIcon />} onClick={nav.backToLedger}>
      返回台账
    </Button>
  );

  if (!item) {
    return (
      <>
        <PageHeader title="整改事项">{back}</PageHeader>
        {query.error ? <ErrorAlert error={query.error} sx={{}} /> : <LinearProgress aria-label="正在读取整改事项" />}
      </>
    );
  }

  return (
    <Box sx={{ overflow: 'auto', minHeight: 0 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1.5, flexWrap: 'wrap', rowGap: 1 }}>
        <Typography variant="h6" component="h1" sx={{ fontWeight: 600 }}>
          整改事项 {item.number}
        </Typography>
        <RectStatusChip status={item.status} />
        <RectDueChip state={item.dueState} overdueDays={item.overdueDays} />
        {item.recurrenceOf ? <Chip size="small" label="屡查屡犯" color="secondary" variant="outlined" sx={{ height: 22 }} /> : null}
        <Box sx={{ flexGrow: 1 }} />
        <RectActionBar item={item} onChanged={changed} />
        {back}
      </Stack>
      <ErrorAlert error={query.isRefetchError ? query.error : null} />
      <StandingAlerts item={item} />
      <Stack spacing={1.5} sx={{ pb: 2 }}>
        <ItemInfoSection item={item} />
        <ConsequenceTrace rectItemId={item.id} />
        <MeasuresSection measures={item.measures} />
        <ProgressSection events={item.events} />
        <EvidenceSection item={item} onUploaded={changed} />
        <ExtensionsSection extensions={item.extensions} />
        <EventsSection events={item.events} />
      </Stack>
      {notice.element}
    </Box>
  );
}
