// 年度等级: the year's A/B/C counts per unit type (integrity.distribution for 全年) and the units
// graded C listed by name (the grid's year cells: the published grade where published; with the
// score and why: 一票否决), each opening the unit's page.
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { formatHundredths, GRADES, type GridRow } from '../../../shared/integrity/index.ts';
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

/** Why a unit is C: 一票否决, or a score below B's line. */
function GradeReason({ row }: { row: GridRow }) {
  return row.year?.veto ? <VetoMark /> : <>年度得分低于B级分数线</>;
}

export function GradeSection({ year }: { year: number }) {
  const counts = useOp('integrity.distribution', { year, quarter: 0 });
  const graded = useOp('integrity.grid', { year, grade: 'C', sortField: 'year', sortDir: 'asc', pageSize: 100 });
  const cUnits = graded.data?.rows ?? [];
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
  const cColumns: Column<GridRow>[] = [
    {
      header: '单位',
      cell: (u) => (
        <Link component={RouterLink} to={`/index/units/${u.unitId}?year=${year}`}>
          {u.unitName}
        </Link>
      ),
    },
    { header: '单位类型', cell: (u) => u.unitType, width: 100 },
    { header: '年度得分', cell: (u) => (u.year ? formatHundredths(u.year.score) : '—'), width: 80 },
    { header: '说明', cell: (u) => <GradeReason row={u} /> },
  ];
  return (
    <Paper component="section" aria-label="年度等级" variant="outlined" sx={{ p: 1.5, mb: 2 }}>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>
        {year}年度等级（A/B/C）
      </Typography>
      <ErrorAlert error={counts.error ?? graded.error} />
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
            C级单位（{graded.data?.total ?? cUnits.length}个）
          </Typography>
          <SimpleTable label="C级单位" columns={cColumns} rows={cUnits} rowKey={(u) => u.unitId} empty={graded.isPending ? '正在计算…' : '本年度没有C级单位。'} />
        </div>
      </Stack>
    </Paper>
  );
}
