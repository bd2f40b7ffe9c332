// A unit's 廉情指数 (#/index/units/12?year=2026): its name, type, town, 设立日期 and 撤销日期; its
// trend over the quarters and years (a line on the 0–100 axis shaded by the colour thresholds, and
// the same figures as a table); per quarter its score, colour, parts and every line with the
// records behind it (drill-down), 已发布 or 草稿, and "数据已变化" with the recomputation; the year
// with its grade and the 一票否决 note. 打印 prints the page without the frame.
import { useMemo } from 'react';
import { useParams } from 'react-router';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import { Link as RouterLink } from 'react-router';
import { formatHundredths, schemeVersionLabel, type TrendPoint } from '../../../shared/integrity/index.ts';
import { useOp } from '../../api/query.ts';
import { ErrorAlert } from '../../kit/ErrorAlert.tsx';
import { FilterBar } from '../../kit/FilterBar.tsx';
import { PageHeader } from '../../kit/PageHeader.tsx';
import { InfoList, Section } from '../../kit/Section.tsx';
import { SimpleTable, type Column } from '../../kit/SimpleTable.tsx';
import { UnitConsequences } from '../../consequences/index.ts';
import { IndexTabs } from '../IndexTabs.tsx';
import { ColourScore, GradeScore, PublishedMark } from './ColourMarks.tsx';
import { NO_PRINT, PRINT_ROOT, PrintStyles } from './PrintStyles.tsx';
import { QuarterSection } from './QuarterSection.tsx';
import { TrendChart, trendLabel } from './TrendChart.tsx';
import { useIndexYear } from './useIndexYear.ts';
import { YearSection } from './YearSection.tsx';
import { YearSelect } from './YearSelect.tsx';

/** #/index/units/:id — a number that is not a unit's id shows the service's own answer. */
export function UnitIndexRoute() {
  const { id = '' } = useParams();
  const n = /^\d{1,15}$/.test(id) ? Number(id) : 0;
  return <UnitIndexPage key={n} unitId={n} />;
}

/** The colour thresholds when the scheme's own are not (yet) read: DOMAIN's default. */
const DEFAULT_THRESHOLDS = { green: 85, orange: 70 };

const TREND_COLUMNS: Column<TrendPoint>[] = [
  { header: '期间', cell: (p) => trendLabel(p), width: 120 },
  { header: '得分', cell: (p) => (p.quarter === 0 ? (p.grade ? <GradeScore grade={p.grade} score={p.score} /> : formatHundredths(p.score)) : p.colour ? <ColourScore colour={p.colour} score={p.score} /> : formatHundredths(p.score)) },
  { header: '状态', cell: (p) => <PublishedMark published={p.published} />, width: 80 },
];

export function UnitIndexPage({ unitId }: { unitId: number }) {
  const { year, years, setYear } = useIndexYear();
  const answer = useOp('integrity.unit', { unitId, year }, { keepPrevious: true });
  const view = answer.data && answer.data.unit.id === unitId ? answer.data : undefined;
  const scheme = useOp('integrity.scheme', { id: view?.scheme?.id ?? 0 }, { enabled: (view?.scheme?.id ?? 0) > 0 });
  const thresholds = useMemo(() => {
    const t = scheme.data?.content.thresholds;
    return t ? { green: t.green, orange: t.orange } : DEFAULT_THRESHOLDS;
  }, [scheme.data]);
  const trend = view?.trend ?? [];

  return (
    <Box className={PRINT_ROOT} sx={{ overflow: 'auto' }}>
      <PrintStyles />
      <IndexTabs />
      <PageHeader title={view ? `${view.unit.name} 廉情指数` : '单位廉情指数'}>
        <Box className={NO_PRINT} sx={{ display: 'flex', gap: 1 }}>
          <Button variant="outlined" startIcon={<PrintOutlined />} onClick={() => window.print()}>
            打印
          </Button>
          <Button startIcon={<ArrowBackIcon />} component={RouterLink} to={`/index?year=${year}`}>
            返回展示平台
          </Button>
        </Box>
      </PageHeader>
      <FilterBar>
        <YearSelect year={year} years={years} onChange={setYear} />
      </FilterBar>
      <ErrorAlert error={answer.error} />
      {answer.isFetching ? <LinearProgress aria-label="正在加载单位廉情指数" sx={{ mb: 1 }} /> : null}
      {view ? (
        <Stack spacing={2}>
          <Section title="单位信息">
            <InfoList
              items={[
                ['单位名称', view.unit.name],
                ['单位类型', view.unit.type],
                ['所属乡镇', view.unit.parentName],
                ['评分方案', view.scheme ? schemeVersionLabel(view.scheme) : '本年度尚未启用评分方案'],
                ['设立日期', view.unit.establishedDate],
                ['撤销日期', view.unit.revokedDate ?? ''],
              ]}
            />
          </Section>
          <Section title="走势">
            {trend.length > 0 ? (
              <Stack direction={{ xs: 'column', lg: 'row' }} spacing={2}>
                <Box sx={{ flex: '2 1 0', minWidth: 0 }}>
                  <TrendChart points={trend} thresholds={thresholds} label={`${view.unit.name}廉情指数走势图`} />
                </Box>
                <Box sx={{ flex: '1 1 0', minWidth: 0, maxHeight: 300, overflow: 'auto' }} tabIndex={0} role="group" aria-label="趋势数据">
                  <SimpleTable label="趋势数据" columns={TREND_COLUMNS} rows={trend} rowKey={(p) => `${p.year}-${p.quarter}`} empty="暂无数据" />
                </Box>
              </Stack>
            ) : (
              <InfoList items={[['走势', '暂无已计算的季度或年度结果。']]} />
            )}
          </Section>
          {[1, 2, 3, 4].map((q) => (
            <QuarterSection key={q} year={year} quarter={q} unitType={view.unit.type} view={view.quarters[q - 1] ?? null} />
          ))}
          <YearSection year={year} view={view.yearResult} />
          <UnitConsequences unitId={unitId} year={year} />
        </Stack>
      ) : null}
    </Box>
  );
}
