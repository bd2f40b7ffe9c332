// Server-side paging and sorting for a DataGrid: the grid's page and sort go to the service
// (lists are paged and sorted in SQL), the answer's rows and total come back. A newer request
// wins over a slower older one; changing the filters goes back to the first page.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { GridPaginationModel, GridSortModel } from '@mui/x-data-grid';
import type { Page } from '../../shared/kernel/common.ts';
import { messageOf } from './forms/problem.ts';

export const PAGE_SIZE_OPTIONS = [25, 50, 100];

export interface ListQuery<F extends string> {
  page: number;
  pageSize: number;
  sortField: F;
  sortDir: 'asc' | 'desc';
}

interface Options<T, F extends string> {
  sortFields: readonly F[];
  defaultSort: { field: F; sort: 'asc' | 'desc' };
  /** The filters as one string (e.g. JSON): when it changes the list reloads from page 1. */
  filterKey: string;
  load(query: ListQuery<F>): Promise<Page<T>>;
}

export function useServerGrid<T, F extends string>({ sortFields, defaultSort, filterKey, load }: Options<T, F>) {
  const [pagination, setPagination] = useState<GridPaginationModel>({ page: 0, pageSize: 25 });
  const [sortModel, setSortModel] = useState<GridSortModel>([defaultSort]);
  const [rows, setRows] = useState<T[]>([]);
  const [total, setTotal] = useState(0);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const [seenKey, setSeenKey] = useState(filterKey);
  const loadRef = useRef(load);
  const latest = useRef(0);

  useEffect(() => {
    loadRef.current = load;
  }, [load]);

  if (seenKey !== filterKey) {
    setSeenKey(filterKey);
    if (pagination.page !== 0) setPagination({ ...pagination, page: 0 });
  }

  const sortItem = sortModel[0];
  const sortField = sortItem && (sortFields as readonly string[]).includes(sortItem.field) ? (sortItem.field as F) : defaultSort.field;
  const sortDir = sortItem?.sort === 'desc' ? 'desc' : sortItem ? 'asc' : defaultSort.sort;

  useEffect(() => {
    const ticket = ++latest.current;
    setLoading(true);
    loadRef
      .current({ page: pagination.page, pageSize: pagination.pageSize, sortField, sortDir })
      .then((result) => {
        if (ticket !== latest.current) return;
        setRows(result.rows);
        setTotal(result.total);
        setError(null);
        setLoading(false);
      })
      .catch((e: unknown) => {
        if (ticket !== latest.current) return;
        setError(messageOf(e));
        setLoading(false);
      });
  }, [pagination.page, pagination.pageSize, sortField, sortDir, seenKey, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  const gridProps = {
    rows,
    rowCount: total,
    loading,
    paginationMode: 'server' as const,
    sortingMode: 'server' as const,
    filterMode: 'server' as const,
    pageSizeOptions: PAGE_SIZE_OPTIONS,
    paginationModel: pagination,
    onPaginationModelChange: setPagination,
    sortModel,
    onSortModelChange: (model: GridSortModel) => setSortModel(model.length > 0 ? model : [defaultSort]),
    sortingOrder: ['asc' as const, 'desc' as const],
    disableColumnFilter: true,
    disableRowSelectionOnClick: true,
  };
  return { gridProps, total, error, reload, sort: { sortField, sortDir } };
}
