// A unit's quarter on its page: the score with its colour word, 已发布 (when, with which scheme
// version) or 草稿, the parts' subtotals, the colour note (the main-leader rule) with its records,
// "数据已变化" with the recomputed score beside the published one and the lines that differ, and
// every line of the score grouped by part with its records.
import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { formatHundredths, PARTS, schemeVersionLabel, type UnitQuarterView } from '../../../shared/integrity/index.ts';
import type { UnitType } from '../../../shared/registry/index.ts';
import { formatTimestamp } from '../../../shared/kernel/dates.ts';
import { Empty, InfoList, Section, type InfoItem } from '../../kit/Section.tsx';
import { ChangedMark, ColourScore, PublishedMark, VetoMark } from './ColourMarks.tsx';
import { periodName } from './indexWords.ts';
import { DiffTable, LinesTable } from './LinesTable.tsx';
import { RecordLinks } from './recordLinks.tsx';

interface Props {
  year: number;
  quarter: number;
  unitType: UnitType;
  view: UnitQuarterView | null;
}

export function QuarterSection({ year, quarter, unitType, view }: Props) {
  const title = periodName(quarter);
  if (!view) {
    return (
      <Section title={title}>
        <Empty>本季度该单位未参评（尚未设立或已撤销），或本年度尚无评分方案。</Empty>
      </Section>
    );
  }
  const { shown, published, recomputed, diff } = view;
  const at = { year, quarter, unitType };
  const state = published
    ? `已发布（${formatTimestamp(published.publishedAt)}，评分方案 ${schemeVersionLabel(published.scheme)}）`
    : '草稿（按当前数据计算，尚未发布）';
  const items: InfoItem[] = [
    ['得分', formatHundredths(shown.score)],
    ['颜色', shown.colour],
    ['状态', state, true],
    ...PARTS.map((p): InfoItem => [p, formatHundredths(shown.parts[p])]),
  ];
  return (
    <Section
      title={title}
      actions={
        <Stack direction="row" spacing={0.75} sx={{ alignItems: 'center' }}>
          <ColourScore colour={shown.colour} score={shown.score} />
          <PublishedMark published={published !== null} />
          {recomputed ? <ChangedMark /> : null}
          {shown.veto ? <VetoMark /> : null}
        </Stack>
      }
    >
      <Stack spacing={1.5}>
        <InfoList items={items} />
        {recomputed ? (
          <Alert severity="warning" aria-label={`${title}数据已变化`}>
            <Typography variant="body2" sx={{ fontWeight: 600 }}>
              数据已变化
            </Typography>
            <Typography variant="body2">
              发布后相关数据有变化。已发布得分 {formatHundredths(shown.score)}（{shown.colour}）保持不变；按当前数据重新计算为{' '}
              <strong>{formatHundredths(recomputed.score)}</strong>（{recomputed.colour}）。
            </Typography>
            <DiffTable label={`${title}变化的明细`} diff={diff} />
          </Alert>
        ) : null}
        {shown.colourNote ? (
          <Alert severity="info">
            <Typography variant="body2">{shown.colourNote}</Typography>
            <RecordLinks records={shown.colourRecords} at={at} />
          </Alert>
        ) : null}
        {shown.missingChecks > 0 ? (
          <Typography variant="body2" color="warning.main">
            未录入的控制点 {shown.missingChecks} 项，按0分计。
          </Typography>
        ) : null}
        <LinesTable label={`${title}计分明细`} lines={shown.lines} parts={shown.parts} at={at} />
      </Stack>
    </Section>
  );
}
