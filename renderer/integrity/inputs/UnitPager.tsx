// The pager under the inputs' unit tables (控制性检查, 调查和成本): page and size kept in the address.
import TablePagination from '@mui/material/TablePagination';
import type { PageParams } from './periodParams.ts';

const PAGE_SIZES = [20, 50, 100];

/** The page and page size the address asks for (50 a page unless one of the sizes offered). */
export function pageOf(p: PageParams): { page: number; pageSize: number } {
  const size = Number(p.get('size'));
  return { page: Number(p.get('page')) || 0, pageSize: PAGE_SIZES.includes(size) ? size : 50 };
}

export function UnitPager({ p, total }: { p: PageParams; total: number }) {
  const { page, pageSize } = pageOf(p);
  return (
    <TablePagination
      component="div"
      count={total}
      page={page}
      rowsPerPage={pageSize}
      rowsPerPageOptions={PAGE_SIZES}
      onPageChange={(_, next) => p.set({ page: next })}
      onRowsPerPageChange={(e) => p.set({ size: e.target.value })}
      labelRowsPerPage="每页"
      labelDisplayedRows={({ from, to, count }) => `${from}–${to}，共 ${count} 个`}
    />
  );
}
