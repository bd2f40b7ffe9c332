// 单位管理: the registry of units under watch — search, filters, server-side list, form,
// 撤销/恢复, import from Excel, template and export.
import { useCallback, useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import { UNIT_SORT_FIELDS, UNIT_STATUSES, UNIT_TYPES, type UnitRow, type UnitStatus, type UnitType } from '../../../shared/registry/units.ts';
import { api } from '../../api/client.ts';
import { canCall } from '../../app/permissions.ts';
import { useSession } from '../../app/session.ts';
import { ChoiceFilter } from '../../kit/ChoiceFilter.tsx';
import { ConfirmDialog, type ConfirmRequest } from '../../kit/ConfirmDialog.tsx';
import { FilterBar } from '../../kit/FilterBar.tsx';
import { ImportDialog } from '../../kit/ImportDialog.tsx';
import { ListGrid } from '../../kit/ListGrid.tsx';
import { RegistryToolbar } from '../../kit/RegistryToolbar.tsx';
import { SearchField } from '../../kit/SearchField.tsx';
import { useDebounced } from '../../kit/useDebounced.ts';
import { useNotice } from '../../kit/useNotice.tsx';
import { useServerGrid, type ListQuery } from '../../kit/useServerGrid.ts';
import { unitColumns } from './unitColumns.tsx';
import { UnitFormDialog } from './UnitFormDialog.tsx';
import { UNIT_IMPORT_COLUMNS, UNIT_IMPORT_HINT } from './unitImport.ts';

type Editing = { unit: UnitRow | null } | null;

export function UnitsPage() {
  const { user } = useSession();
  const canEdit = canCall(user.role, 'units.create');
  const canImport = canCall(user.role, 'units.importCommit');
  const [search, setSearch] = useState('');
  const [type, setType] = useState<UnitType | ''>('');
  const [status, setStatus] = useState<UnitStatus | ''>('');
  const q = useDebounced(search.trim(), 300);
  const filters = useMemo(() => ({ q: q || undefined, type: type || undefined, status: status || undefined }), [q, type, status]);

  const load = useCallback(
    (query: ListQuery<(typeof UNIT_SORT_FIELDS)[number]>) => api.call('units.list', { ...query, ...filters }),
    [filters],
  );
  const grid = useServerGrid({
    sortFields: UNIT_SORT_FIELDS,
    defaultSort: { field: 'name', sort: 'asc' },
    filterKey: JSON.stringify(filters),
    load,
  });

  const [editing, setEditing] = useState<Editing>(null);
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);
  const [importing, setImporting] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const notice = useNotice();

  const toggleStatus = (unit: UnitRow) => {
    const revoke = unit.status === '正常';
    setConfirm({
      title: revoke ? '撤销单位' : '恢复单位',
      message: revoke
        ? `确定撤销“${unit.name}”吗？撤销后该单位不再出现在选择列表中，记录仍保留，可随时恢复。`
        : `确定恢复“${unit.name}”为正常状态吗？`,
      confirmLabel: revoke ? '撤销单位' : '恢复单位',
      danger: revoke,
      run: () => api.call('units.setStatus', { id: unit.id, status: revoke ? '已撤销' : '正常', version: unit.version }),
    });
  };

  const columns = useMemo(() => unitColumns({ canEdit, edit: (unit) => setEditing({ unit }), toggleStatus }), [canEdit]);

  return (
    <>
      <RegistryToolbar
        title="单位管理"
        addLabel="新增单位"
        canEdit={canEdit}
        canImport={canImport}
        onAdd={() => setEditing({ unit: null })}
        onImport={() => setImporting(true)}
        template={() => api.call('units.importTemplate', {})}
        exportList={() => api.call('units.export', { ...filters, sortField: grid.sort.sortField, sortDir: grid.sort.sortDir })}
        onError={setActionError}
        notify={notice.show}
      />
      <FilterBar>
        <SearchField label="搜索单位名称" value={search} onChange={setSearch} />
        <ChoiceFilter label="单位类型" value={type} choices={UNIT_TYPES} onChange={setType} />
        <ChoiceFilter label="状态" value={status} choices={UNIT_STATUSES} onChange={setStatus} width={120} />
      </FilterBar>
      {grid.error || actionError ? (
        <Alert severity="error" role="alert" sx={{ mb: 1.5 }}>
          {grid.error ?? actionError}
        </Alert>
      ) : null}
      <ListGrid<UnitRow>
        label="单位列表"
        columns={columns}
        {...grid.gridProps}
        onRowClick={canEdit ? (p) => setEditing({ unit: p.row }) : undefined}
      />
      {editing ? (
        <UnitFormDialog
          unit={editing.unit}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            notice.show(`已保存“${saved.name}”`);
            grid.reload();
          }}
        />
      ) : null}
      <ConfirmDialog
        request={confirm}
        onClose={() => setConfirm(null)}
        onDone={() => {
          setConfirm(null);
          grid.reload();
        }}
      />
      <ImportDialog
        open={importing}
        title="从Excel导入单位"
        hint={UNIT_IMPORT_HINT}
        columns={UNIT_IMPORT_COLUMNS}
        preview={(file) => api.call('units.importPreview', file)}
        commit={(file) => api.call('units.importCommit', file)}
        onImported={() => grid.reload()}
        onClose={() => setImporting(false)}
      />
      {notice.element}
    </>
  );
}
