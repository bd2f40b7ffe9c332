// A page of records as a table: a withdrawn row struck through with its reason, the row the address
// names highlighted, paging below.
import type { ReactNode } from 'react';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { Withdrawn } from '../../../shared/integrity/index.ts';

export const PAGE_SIZE = 25;

export interface RecordColumn<R> {
  header: string;
  cell(row: R): ReactNode;
  width?: number;
}

interface Props<R extends { id: number; withdrawn?: Withdrawn | null }> {
  label: string;
  columns: ReadonlyArray<RecordColumn<R>>;
  rows: readonly R[];
  total: number;
  page: number;
  onPage(page: number): void;
  highlight: number | undefined;
  actions?(row: R): ReactNode;
  empty: string;
}

export function RecordTable<R extends { id: number; withdrawn?: Withdrawn | null }>({ label, columns, rows, total, page, onPage, highlight, actions, empty }: Props<R>) {
  return (
    <>
      <Table size="small" aria-label={label}>
        <TableHead>
          <TableRow>
            {columns.map((c) => (
              <TableCell key={c.header} sx={c.width ? { width: c.width } : undefined}>
                {c.header}
              </TableCell>
            ))}
            {actions ? <TableCell sx={{ width: 140 }}>操作</TableCell> : null}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.length === 0 ? (
            <TableRow>
              <TableCell colSpan={columns.length + (actions ? 1 : 0)}>{empty}</TableCell>
            </TableRow>
          ) : null}
          {rows.map((r) => {
            const struck = r.withdrawn ? { textDecoration: 'line-through', color: 'text.secondary' } : {};
            return (
              <TableRow key={r.id} selected={r.id === highlight} aria-label={r.withdrawn ? '已作废' : undefined}>
                {columns.map((c) => (
                  <TableCell key={c.header} sx={struck}>
                    {c.cell(r)}
                  </TableCell>
                ))}
                {actions ? (
                  <TableCell>
                    {r.withdrawn ? (
                      <Typography variant="body2" color="text.secondary">
                        已作废：{r.withdrawn.reason}（{r.withdrawn.byName}，{r.withdrawn.at.slice(0, 10)}）
                      </Typography>
                    ) : (
                      actions(r)
                    )}
                  </TableCell>
                ) : null}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      <TablePagination
        component="div"
        count={total}
        page={page}
        rowsPerPage={PAGE_SIZE}
        rowsPerPageOptions={[PAGE_SIZE]}
        // Not a scrolling region: on one page it holds nothing to focus (two disabled arrows).
        sx={{ overflow: 'visible' }}
        onPageChange={(_e, p) => onPage(p)}
        labelDisplayedRows={({ from, to, count }) => `${from}–${to}，共 ${count} 条`}
      />
    </>
  );
}
