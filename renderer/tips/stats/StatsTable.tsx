// The statistics table as handed up: one row per value of the dimension, one column per
// period, with 合计 as the last row and (when there are several periods) the last column.
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { STAT_DIMENSION_LABELS, type TipStats } from '../../../shared/tips/stats.ts';

const NUMBER = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;
const TOTAL = { fontWeight: 600, bgcolor: 'grey.50' } as const;

export function StatsTable({ stats }: { stats: TipStats }) {
  const withTotalColumn = stats.columns.length > 1;
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-label="信访举报统计表">
        <TableHead>
          <TableRow>
            <TableCell sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>{STAT_DIMENSION_LABELS[stats.dimension]}</TableCell>
            {stats.columns.map((c) => (
              <TableCell key={c} align="right" sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>
                {c}
              </TableCell>
            ))}
            {withTotalColumn ? (
              <TableCell align="right" sx={{ ...TOTAL, whiteSpace: 'nowrap' }}>
                合计
              </TableCell>
            ) : null}
          </TableRow>
        </TableHead>
        <TableBody>
          {stats.rows.map((row) => (
            <TableRow key={row.label} hover>
              <TableCell component="th" scope="row" sx={{ whiteSpace: 'nowrap' }}>
                {row.label}
              </TableCell>
              {row.counts.map((n, i) => (
                <TableCell key={stats.columns[i] ?? i} align="right" sx={{ ...NUMBER, color: n === 0 ? 'text.disabled' : undefined }}>
                  {n}
                </TableCell>
              ))}
              {withTotalColumn ? (
                <TableCell align="right" sx={{ ...NUMBER, ...TOTAL }}>
                  {row.total}
                </TableCell>
              ) : null}
            </TableRow>
          ))}
          <TableRow>
            <TableCell component="th" scope="row" sx={TOTAL}>
              合计
            </TableCell>
            {stats.totals.map((n, i) => (
              <TableCell key={stats.columns[i] ?? i} align="right" sx={{ ...NUMBER, ...TOTAL }}>
                {n}
              </TableCell>
            ))}
            {withTotalColumn ? (
              <TableCell align="right" sx={{ ...NUMBER, ...TOTAL }}>
                {stats.grandTotal}
              </TableCell>
            ) : null}
          </TableRow>
        </TableBody>
      </Table>
    </TableContainer>
  );
}
