// The one ledger page: its header (title and actions), the row of search and filters, the one
// error alert (the list's or an action's), the server grid, and the page's dialogs.
import type { ReactNode } from 'react';
import type { DataGridProps, GridValidRowModel } from '@mui/x-data-grid';
import { FilterBar } from '../FilterBar.tsx';
import { ListGrid } from '../ListGrid.tsx';
import { ErrorAlert } from '../ErrorAlert.tsx';

interface Props<R extends GridValidRowModel> {
  header: ReactNode;
  filters: ReactNode;
  /** The list's own error first, else the last action's. */
  error: string | null;
  label: string;
  grid: DataGridProps<R>;
  /** Dialogs and notices of the page. */
  children?: ReactNode;
}

export function LedgerPage<R extends GridValidRowModel>({ header, filters, error, label, grid, children }: Props<R>) {
  return (
    <>
      {header}
      <FilterBar>{filters}</FilterBar>
      <ErrorAlert error={error} />
      <ListGrid<R> label={label} {...grid} />
      {children}
    </>
  );
}
