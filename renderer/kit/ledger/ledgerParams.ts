// A ledger's place kept in the address (#/tips?q=…&status=承办中&sort=dueDate&dir=asc&page=3):
// search, filters, sort and page, so 返回台账, Back and F5 bring back exactly the list the
// person left. Changes replace the address (they are not steps for Back); a new filter goes
// back to the first page (and `count=all`, an exact total asked for that list, is dropped). Values that are not one of the choices are ignored, never trusted.
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { GridPaginationModel, GridSortModel } from '@mui/x-data-grid';

export const PAGE_SIZE_OPTIONS = [25, 50, 100];
const DEFAULT_PAGE_SIZE = 25;

export interface ListQuery<F extends string> {
  page: number;
  pageSize: number;
  sortField: F;
  sortDir: 'asc' | 'desc';
}

export interface SortDefault<F extends string> {
  field: F;
  sort: 'asc' | 'desc';
}

/** One of the choices, or '' when the address holds anything else. */
export function pickChoice<T extends string>(choices: readonly T[], value: string): T | '' {
  return (choices as readonly string[]).includes(value) ? (value as T) : '';
}

/** A positive whole number from the address, or undefined. */
export function pickId(value: string): number | undefined {
  const n = Number(value);
  return value !== '' && Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

function positive(value: string | null, fallback: number): number {
  const n = Number(value);
  return value !== null && Number.isSafeInteger(n) && n > 0 ? n : fallback;
}

export function useLedgerParams<F extends string>(sortFields: readonly F[], defaultSort: SortDefault<F>) {
  const [params, setParams] = useSearchParams();

  const pageSize = PAGE_SIZE_OPTIONS.includes(Number(params.get('size'))) ? Number(params.get('size')) : DEFAULT_PAGE_SIZE;
  const page = positive(params.get('page'), 1) - 1;
  const askedField = params.get('sort') ?? '';
  const sortField = (sortFields as readonly string[]).includes(askedField) ? (askedField as F) : defaultSort.field;
  const askedDir = params.get('dir');
  const sortDir: 'asc' | 'desc' = askedDir === 'asc' || askedDir === 'desc' ? askedDir : sortField === defaultSort.field ? defaultSort.sort : 'asc';

  /**
   * Sets or clears (empty / undefined) address values; unless told, back to the first page (and
   * to a total counted up to its cap: `count=all`, 计算总数, holds for one list only).
   */
  const update = useCallback(
    (changes: Record<string, string | number | undefined>, keepPage = false) => {
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const [key, value] of Object.entries(changes)) {
            if (value === undefined || value === '') next.delete(key);
            else next.set(key, String(value));
          }
          if (!keepPage) {
            next.delete('page');
            next.delete('count');
          }
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  const value = useCallback((key: string): string => params.get(key) ?? '', [params]);

  const query: ListQuery<F> = useMemo(() => ({ page, pageSize, sortField, sortDir }), [page, pageSize, sortField, sortDir]);

  const paginationModel: GridPaginationModel = useMemo(() => ({ page, pageSize }), [page, pageSize]);
  const sortModel: GridSortModel = useMemo(() => [{ field: sortField, sort: sortDir }], [sortField, sortDir]);

  const onPaginationModelChange = useCallback(
    (model: GridPaginationModel) => {
      const size = model.pageSize === DEFAULT_PAGE_SIZE ? undefined : model.pageSize;
      update({ page: model.page > 0 && model.pageSize === pageSize ? model.page + 1 : undefined, size }, true);
    },
    [update, pageSize],
  );

  const onSortModelChange = useCallback(
    (model: GridSortModel) => {
      const item = model[0];
      if (!item || !item.sort) return update({ sort: undefined, dir: undefined });
      const isDefault = item.field === defaultSort.field && item.sort === defaultSort.sort;
      update(isDefault ? { sort: undefined, dir: undefined } : { sort: item.field, dir: item.sort });
    },
    [update, defaultSort.field, defaultSort.sort],
  );

  return { value, update, query, paginationModel, sortModel, onPaginationModelChange, onSortModelChange };
}

export type LedgerParams<F extends string> = ReturnType<typeof useLedgerParams<F>>;
