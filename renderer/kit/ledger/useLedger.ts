// Server-side paging, sorting and filtering for a ledger's DataGrid: the page, sort and filters
// live in the address (ledgerParams), the service answers one page (lists are paged and sorted
// in SQL) through TanStack Query, and the last page stays on screen while the next loads. A list
// whose total was capped (1000+) pages on without a last page until 计算总数 asks the exact count.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Page } from '../../../shared/kernel/common.ts';
import type { OpName } from '../../../shared/api.ts';
import { domainOf } from '../../api/query.ts';
import { messageOf } from '../forms/problem.ts';
import { PAGE_SIZE_OPTIONS, useLedgerParams, type ListQuery, type SortDefault } from './ledgerParams.ts';

interface Options<T, F extends string, Q extends object> {
  /** The list operation (names the cache entry; its domain's writes mark it stale). */
  op: OpName;
  sortFields: readonly F[];
  defaultSort: SortDefault<F>;
  /** Reads the filters from the address values (a function of ledger.value). */
  filters(value: (key: string) => string): Q;
  /** A page; `totalCapped`: counting stopped at `total` (more match), the grid pages on without a last page. */
  load(query: ListQuery<F> & Q): Promise<Page<T> & { totalCapped?: boolean }>;
}

export function useLedger<T, F extends string, Q extends object>({ op, sortFields, defaultSort, filters, load }: Options<T, F, Q>) {
  const params = useLedgerParams(sortFields, defaultSort);
  const filter = filters(params.value);
  const input = { ...params.query, ...filter };
  const result = useQuery({
    queryKey: [domainOf(op), op, input],
    queryFn: () => load(input),
    placeholderData: keepPreviousData,
  });

  const total = result.data?.total ?? 0;
  const totalCapped = result.data?.totalCapped === true;
  const gridProps = {
    rows: result.data?.rows ?? [],
    // A capped total: the count is not known, at least `total` match; there is always a next page.
    rowCount: totalCapped ? -1 : total,
    estimatedRowCount: totalCapped ? total : undefined,
    paginationMeta: { hasNextPage: totalCapped ? true : (params.query.page + 1) * params.query.pageSize < total },
    loading: result.isFetching,
    paginationMode: 'server' as const,
    sortingMode: 'server' as const,
    filterMode: 'server' as const,
    pageSizeOptions: PAGE_SIZE_OPTIONS,
    paginationModel: params.paginationModel,
    onPaginationModelChange: params.onPaginationModelChange,
    sortModel: params.sortModel,
    onSortModelChange: params.onSortModelChange,
    sortingOrder: ['asc' as const, 'desc' as const],
    disableColumnFilter: true,
    disableRowSelectionOnClick: true,
  };
  return {
    params,
    filter,
    gridProps,
    total,
    totalCapped,
    /** Whether a page has come (the total is the list's, not a placeholder). */
    loaded: result.data !== undefined,
    /** 计算总数: asks the exact total of this list (kept in the address until the filters change). */
    countAll: () => params.update({ count: 'all' }, true),
    error: result.error ? messageOf(result.error) : null,
    sort: { sortField: params.query.sortField, sortDir: params.query.sortDir },
    reload: () => void result.refetch(),
  };
}

export type Ledger = ReturnType<typeof useLedger>;
