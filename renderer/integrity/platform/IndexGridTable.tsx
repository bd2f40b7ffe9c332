// The platform's grid: every unit of the filter × 第一季度…第四季度 and 年度, one page at a time
// (paged and sorted by the service), each column header a sort button; a unit's name opens its page.
// A plain table (not a virtualised grid) so that it prints whole and each cell holds its marks.
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import type { GridRow, GRID_SORTS } from '../../../shared/integrity/index.ts';
import { PAGE_SIZE_OPTIONS } from '../../kit/ledger/ledgerParams.ts';
import { QuarterCell, YearCell } from './GridCells.tsx';
import { QUARTER_NAMES } from './indexWords.ts';

export type GridSort = (typeof GRID_SORTS)[number];

interface Props {
  year: number;
  rows: readonly GridRow[];
  total: number;
  page: number;
  pageSize: number;
  sortField: GridSort;
  sortDir: 'asc' | 'desc';
  onSort(field: GridSort): void;
  onPage(page: number, pageSize: number): void;
}

const COLUMNS: ReadonlyArray<{ field: GridSort; label: string }> = [
  { field: 'name', label: '单位' },
  { field: 'q1', label: QUARTER_NAMES[0] },
  { field: 'q2', label: QUARTER_NAMES[1] },
  { field: 'q3', label: QUARTER_NAMES[2] },
  { field: 'q4', label: QUARTER_NAMES[3] },
  { field: 'year', label: '年度' },
];

export function IndexGridTable({ year, rows, total, page, pageSize, sortField, sortDir, onSort, onPage }: Props) {
  return (
    <>
      <TableContainer sx={{ overflow: 'auto' }} className="lq-index-table">
        <Table size="small" aria-label="廉情指数表" stickyHeader>
          <TableHead>
            <TableRow>
              {COLUMNS.map((c) => (
                <TableCell
                  key={c.field}
                  sortDirection={sortField === c.field ? sortDir : false}
                  sx={{ fontWeight: 600, whiteSpace: 'nowrap', minWidth: c.field === 'name' ? 200 : 150 }}
                >
                  <TableSortLabel active={sortField === c.field} direction={sortField === c.field ? sortDir : 'asc'} onClick={() => onSort(c.field)}>
                    {c.label}
                  </TableSortLabel>
                </TableCell>
              ))}
              <TableCell sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>单位类型</TableCell>
              <TableCell sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>所属乡镇</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.length === 0 ? (
              <TableRow>
                <TableCell colSpan={COLUMNS.length + 2}>
                  <Typography variant="body2" color="text.secondary">
                    没有符合条件的单位
                  </Typography>
                </TableCell>
              </TableRow>
            ) : null}
            {rows.map((r) => (
              <TableRow key={r.unitId} hover>
                <TableCell component="th" scope="row">
                  <Link component={RouterLink} to={`/index/units/${r.unitId}?year=${year}`}>
                    {r.unitName}
                  </Link>
                </TableCell>
                {[0, 1, 2, 3].map((i) => (
                  <TableCell key={i}>
                    <QuarterCell cell={r.quarters[i] ?? null} />
                  </TableCell>
                ))}
                <TableCell>
                  <YearCell cell={r.year} />
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{r.unitType}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{r.parentName || '—'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <TablePagination
        component="div"
        className="lq-no-print"
        count={total}
        page={total === 0 ? 0 : page}
        rowsPerPage={pageSize}
        rowsPerPageOptions={PAGE_SIZE_OPTIONS}
        onPageChange={(_, next) => onPage(next, pageSize)}
        onRowsPerPageChange={(e) => onPage(0, Number(e.target.value))}
        labelRowsPerPage="每页条数"
        labelDisplayedRows={({ from, to, count }) => `${from}–${to} 共 ${count}`}
      />
    </>
  );
}
