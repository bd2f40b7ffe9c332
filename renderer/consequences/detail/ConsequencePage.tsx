// A consequence's own page (#/consequences/12): the period, unit and result it came from, why, where
// it stands, what it made (each a link), its flags and closing mark, the steps the person may take;
// the result's lines behind it with their records; a year's quarters' colours; a list's people.
import { useParams } from 'react-router';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import type { ConsequenceDetail } from '../../../shared/consequences/index.ts';
import { periodLabel } from '../../../shared/integrity/index.ts';
import { formatTimestamp } from '../../../shared/kernel/dates.ts';
import { opKey, queryClient, useOp } from '../../api/query.ts';
import { ErrorAlert } from '../../kit/ErrorAlert.tsx';
import { PageHeader } from '../../kit/PageHeader.tsx';
import { InfoList, Section } from '../../kit/Section.tsx';
import { useNotice } from '../../kit/useNotice.tsx';
import { ActionButtons, useConsequenceActions } from '../actions/useConsequenceActions.tsx';
import { ClosedText, ColourWord, Flags, OverdueChip, StateChip } from '../common/Chips.tsx';
import { LinesTable } from '../common/LinesTable.tsx';
import { madeAnything, MadeLinks } from '../common/MadeLinks.tsx';
import { href, unitIndexPath, useConsequenceNav } from '../common/routes.ts';
import { periodName, resultText } from '../common/words.ts';
import { PeopleSection } from './PeopleSection.tsx';

/** #/consequences/:id — a number that is not a consequence's id shows the service's own answer. */
export function ConsequenceRoute() {
  const { id = '' } = useParams();
  const n = /^\d{1,15}$/.test(id) ? Number(id) : 0;
  return <ConsequencePage key={n} id={n} />;
}

const LINES_EMPTY: Record<string, string> = {
  预警告知书: '该季度结果中没有需要整改的明细。',
  预警建议书: '年度结果未记录薄弱环节明细。',
};

function ConsequencePage({ id }: { id: number }) {
  const query = useOp('consequences.get', { id });
  const detail = query.data ?? null;
  const nav = useConsequenceNav();
  const notice = useNotice();
  const changed = (d: ConsequenceDetail, message: string) => {
    queryClient.setQueryData(opKey('consequences.get', { id: d.id }), d);
    notice.show(message);
  };
  const actions = useConsequenceActions((message, d) => (d ? changed(d, message) : notice.show(message)));

  if (!detail) {
    return (
      <>
        <PageHeader title="预警事项">
          <Button startIcon={<ArrowBackIcon />} onClick={() => nav.go('/consequences')}>
            返回预警闭环
          </Button>
        </PageHeader>
        {query.error ? <ErrorAlert error={query.error} sx={{}} /> : <LinearProgress aria-label="正在读取预警事项" />}
      </>
    );
  }

  const at = { year: detail.year, quarter: detail.quarter, unitType: detail.unitType };
  return (
    <Box sx={{ overflow: 'auto', minHeight: 0 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1.5, flexWrap: 'wrap', rowGap: 1 }}>
        <Typography variant="h6" component="h1" sx={{ fontWeight: 600 }}>
          {detail.unitName} {detail.kind}
        </Typography>
        <StateChip state={detail.state} />
        {detail.overdue ? <OverdueChip /> : null}
        <Box sx={{ flexGrow: 1 }} />
        <ActionButtons row={detail} actions={actions} />
        <Button startIcon={<ArrowBackIcon />} onClick={() => nav.backToList(detail.year, detail.quarter)}>
          返回预警闭环
        </Button>
      </Stack>
      <ErrorAlert error={actions.error ?? (query.isRefetchError ? query.error : null)} />
      <Stack spacing={1.5} sx={{ pb: 2 }}>
        <Section title="基本信息">
          <InfoList
            items={[
              ['期间', periodLabel(detail.year, detail.quarter)],
              [
                '单位',
                <Link key="unit" href={href(unitIndexPath(detail.unitId, detail.year))}>
                  {detail.unitName}
                </Link>,
              ],
              ['事项类型', detail.kind],
              ['廉情指数', resultText(detail)],
              ['依据', detail.basis, true],
              ['期限', detail.dueDate ?? ''],
              ['产生时间', formatTimestamp(detail.createdAt)],
              ['办理情况', madeAnything(detail) ? <MadeLinks key="made" row={detail} /> : '尚未办理', true],
              ...(detail.delivered?.note ? [['送达说明', detail.delivered.note, true] as [string, string, boolean]] : []),
              ['提示', detail.closed || detail.stale || detail.repeatRed || detail.leaderMissing ? (
                <Stack key="flags" spacing={0.25}>
                  <Flags row={detail} />
                  <ClosedText row={detail} />
                </Stack>
              ) : '', true],
            ]}
          />
        </Section>
        {detail.quarters ? (
          <Section title="各季度颜色">
            <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }} aria-label="各季度颜色" role="list">
              {detail.quarters.map((c, i) => (
                <span key={i} role="listitem">
                  <ColourWord colour={c} label={periodName(i + 1)} />
                </span>
              ))}
            </Stack>
          </Section>
        ) : null}
        <Section title="依据明细">
          <LinesTable label="依据明细" lines={detail.lines} at={at} empty={LINES_EMPTY[detail.kind] ?? '该事项依据年度等级，没有逐项明细。'} />
        </Section>
        {detail.kind === '不得评先评优' || detail.people.length > 0 ? <PeopleSection detail={detail} onChanged={changed} /> : null}
      </Stack>
      {actions.element}
      {notice.element}
    </Box>
  );
}
