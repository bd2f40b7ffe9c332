// A ledger's columns as the person arranged them (列设置, stored per user: prefs.getView): the grid's
// columns in that order and its columnVisibilityModel; hiding a column from the grid's own menu is
// saved the same way.
import { useMemo, useState } from 'react';
import type { GridColDef, GridColumnVisibilityModel, GridValidRowModel } from '@mui/x-data-grid';
import { arrangeColumns, type PrefView, type ViewColumns } from '../../../shared/core/index.ts';
import { api } from '../../api/client.ts';
import { useOp } from '../../api/query.ts';

export function useColumnPrefs<R extends GridValidRowModel>(view: PrefView, all: readonly GridColDef<R>[]) {
  const stored = useOp('prefs.getView', { view });
  // What was just saved, shown until the stored value has been read again.
  const [saved, setSaved] = useState<ViewColumns | null>(null);
  const fields = useMemo(() => all.map((c) => c.field), [all]);
  const arranged = useMemo(() => arrangeColumns(fields, saved ?? stored.data?.columns ?? null), [fields, saved, stored.data]);
  const byField = useMemo(() => new Map(all.map((c) => [c.field, c])), [all]);
  const columns = useMemo(() => arranged.flatMap((c) => byField.get(c.field) ?? []), [arranged, byField]);
  const columnVisibilityModel: GridColumnVisibilityModel = useMemo(
    () => Object.fromEntries(arranged.map((c) => [c.field, c.visible])),
    [arranged],
  );

  const save = async (next: ViewColumns): Promise<void> => {
    const before = saved;
    setSaved(next);
    try {
      await api.call('prefs.setView', { view, columns: next });
    } catch (e) {
      setSaved(before);
      throw e;
    }
  };

  return {
    /** Settled: the stored arrangement has been read (the grid waits, so it does not jump). */
    ready: !stored.isPending || stored.isError,
    arranged,
    defaults: arrangeColumns(fields, null),
    headerOf: (field: string) => byField.get(field)?.headerName ?? field,
    gridProps: {
      columns,
      columnVisibilityModel,
      onColumnVisibilityModelChange: (model: GridColumnVisibilityModel) => {
        // A refusal puts the columns back as they were (the grid shows them again).
        save(arranged.map((c) => ({ ...c, visible: model[c.field] !== false }))).catch(() => undefined);
      },
    },
    save,
  };
}
