// 年度等级: the year's A/B/C counts per unit type (integrity.distribution for 全年) and the units
// graded C listed by name (with the score and why: 一票否决), each opening the unit's page.
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { formatHundredths, GRADES, type UnitYearScore } from '../../../shared/integrity/index.ts';
import { useOp } from '../../api/query.ts';
import { ErrorAlert } from '../../kit/ErrorAlert.tsx';
import { SimpleTable, type Column } from '../../kit/SimpleTable.tsx';
import { VetoMark } from './ColourMarks.tsx';

/** A unit type's counts, or 合计. */
interface Row {
  label: string;
  counts: Record<string, number>;
  total: number;
}

/** Why a unit is C: 一票否决 (its mark, and the note when it says more) or a score below B's line. */
function GradeReason({ unit }: { unit: UnitYearScore }) {
  if (!unit.veto) return <>{unit.gradeNote || '年度得分低于B级分数线'}</>;
  const more = unit.gradeNote && unit.gradeNote !== '一票否决' ? unit.gradeNote : '';
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <VetoMark />
      {more ? <span>{more}</span> : null}
    </Stack>
  );
}

export function GradeSection({ year }: { year: number }) {
  const counts = useOp('integrity.distribution', { year, quarter: 0 });
  const computed = useOp('integrity.computeYear', { year });
  const cUnits = (computed.data?.units ?? []).filter((u) => u.grade === 'C');
  const rows: Row[] = (counts.data?.rows ?? []).map((r) => ({ label: r.unitType, counts: r.counts, total: r.total }));
  const columns: Column<Row>[] = [
    { header: '单位类型', cell: (r) => r.label, width: 110 },
    ...GRADES.map((g): Column<Row> => ({ header: `${g}级`, cell: (r) => r.counts[g] ?? 0, width: 60 })),
    { header: '合计', cell: (r) => <strong>{r.total}</strong>, width: 60 },
  ];
  const total: Row = {
    label: '合计',
    counts: Object.fromEntries(GRADES.map((g) => [g, rows.reduce((sum, r) => sum + (r.counts[g] ?? 0), 0)])),
    total: rows.reduce((sum, r) => sum + r.total, 0),
  };
  const cColumns: Column<UnitYearScore>[] = [
    {
      header: '单位',
      cell: (u) => (
        <Link component={RouterLink} to={`/index/units/${u.unitId}?year=${year}`}>
          {u.unitName}
        </Link>
      ),
    },
    { header: '单位类型', cell: (u) => u.unitType, width: 100 },
    { header: '年度得分', cell: (u) => formatHundredths(u.score), width: 80 },
    { header: '说明', cell: (u) => <GradeReason unit={u} /> },
  ];
  return (
    <Paper component="section" aria-label="年度等级" variant="outlined" sx={{ p: 1.5, mb: 2 }}>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>
        {year}年度等级（A/B/C）
      </Typography>
      <ErrorAlert error={counts.error ?? computed.error} />
      <Stack direction={{ xs: 'column', lg: 'row' }} spacing={2}>
        <div style={{ flex: '1 1 45%', minWidth: 0 }}>
          <SimpleTable
            label="年度等级统计表"
            columns={columns}
            rows={rows.length > 0 ? [...rows, total] : []}
            rowKey={(r) => r.label}
            empty="本年度没有参评单位。"
          />
        </div>
        <div style={{ flex: '1 1 55%', minWidth: 0 }}>
          <Typography variant="subtitle2" component="h3" sx={{ fontWeight: 600, mb: 0.5 }}>
            C级单位（{cUnits.length}个）
          </Typography>
          <SimpleTable label="C级单位" columns={cColumns} rows={cUnits} rowKey={(u) => u.unitId} empty={computed.isPending ? '正在计算…' : '本年度没有C级单位。'} />
        </div>
      </Stack>
    </Paper>
  );
}
