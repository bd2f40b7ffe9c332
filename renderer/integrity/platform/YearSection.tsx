// A unit's year on its page: the mean of its scored quarters, the grade (A/B/C) with the 一票否决
// note, 已发布 or 草稿, the parts' means, and "数据已变化" with the recomputed year where it applies.
import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import { formatHundredths, PARTS, schemeVersionLabel, type UnitYearView } from '../../../shared/integrity/index.ts';
import { formatTimestamp } from '../../../shared/kernel/dates.ts';
import { Empty, InfoList, Section, type InfoItem } from '../../kit/Section.tsx';
import { ChangedMark, GradeScore, PublishedMark, VetoMark } from './ColourMarks.tsx';
import { QUARTER_NAMES } from './indexWords.ts';

export function YearSection({ year, view }: { year: number; view: UnitYearView | null }) {
  const title = `${year}年度`;
  if (!view) {
    return (
      <Section title={title}>
        <Empty>本年度该单位尚无年度结果。</Empty>
      </Section>
    );
  }
  const { shown, published, recomputed } = view;
  const scored = shown.quarters.flatMap((q, i) => (q ? [QUARTER_NAMES[i] ?? ''] : []));
  const items: InfoItem[] = [
    ['年度得分', formatHundredths(shown.score)],
    ['等级', `${shown.grade}级`],
    ['一票否决', shown.veto ? '是' : '否'],
    ['参评季度', scored.length > 0 ? scored.join('、') : '无'],
    [
      '状态',
      published ? `已发布（${formatTimestamp(published.publishedAt)}，评分方案 ${schemeVersionLabel(published.scheme)}）` : '草稿（各季度得分的平均，尚未发布）',
      true,
    ],
    ...(shown.gradeNote ? [['等级说明', shown.gradeNote, true] as InfoItem] : []),
    ...PARTS.map((p): InfoItem => [`${p}（平均）`, formatHundredths(shown.parts[p])]),
  ];
  return (
    <Section
      title={title}
      actions={
        <Stack direction="row" spacing={0.75} sx={{ alignItems: 'center' }}>
          <GradeScore grade={shown.grade} score={shown.score} />
          <PublishedMark published={published !== null} />
          {recomputed ? <ChangedMark /> : null}
          {shown.veto ? <VetoMark /> : null}
        </Stack>
      }
    >
      <Stack spacing={1.5}>
        <InfoList items={items} />
        {recomputed ? (
          <Alert severity="warning" aria-label="年度数据已变化">
            数据已变化：已发布年度得分 {formatHundredths(shown.score)}（{shown.grade}级）保持不变；按当前数据重新计算为{' '}
            <strong>{formatHundredths(recomputed.score)}</strong>（{recomputed.grade}级）。
          </Alert>
        ) : null}
      </Stack>
    </Section>
  );
}
