// 人员管理: the cadres of the units — search, filters, server-side list, form, 离任/恢复在职,
// import from Excel, template and export.
import { useCallback, useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import {
  PERSON_CATEGORIES, PERSON_SORT_FIELDS, PERSON_STATUSES, RANKS, type PersonCategory, type PersonRow, type PersonStatus, type Rank,
} from '../../../shared/registry/people.ts';
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
import { UnitPicker, type PickedUnit } from '../UnitPicker.tsx';
import { useDebounced } from '../../kit/useDebounced.ts';
import { useNotice } from '../../kit/useNotice.tsx';
import { useServerGrid, type ListQuery } from '../../kit/useServerGrid.ts';
import { personColumns } from './personColumns.tsx';
import { PersonFormDialog } from './PersonFormDialog.tsx';
import { PERSON_IMPORT_COLUMNS, PERSON_IMPORT_HINT } from './personImport.ts';

type Editing = { person: PersonRow | null } | null;

export function PeoplePage() {
  const { user } = useSession();
  const canEdit = canCall(user.role, 'people.create');
  const canImport = canCall(user.role, 'people.importCommit');
  const [search, setSearch] = useState('');
  const [unit, setUnit] = useState<PickedUnit | null>(null);
  const [category, setCategory] = useState<PersonCategory | ''>('');
  const [rank, setRank] = useState<Rank | ''>('');
  const [status, setStatus] = useState<PersonStatus | ''>('');
  const q = useDebounced(search.trim(), 300);
  const filters = useMemo(
    () => ({ q: q || undefined, unitId: unit?.id, category: category || undefined, rank: rank || undefined, status: status || undefined }),
    [q, unit, category, rank, status],
  );

  const load = useCallback(
    (query: ListQuery<(typeof PERSON_SORT_FIELDS)[number]>) => api.call('people.list', { ...query, ...filters }),
    [filters],
  );
  const grid = useServerGrid({
    sortFields: PERSON_SORT_FIELDS,
    defaultSort: { field: 'name', sort: 'asc' },
    filterKey: JSON.stringify(filters),
    load,
  });

  const [editing, setEditing] = useState<Editing>(null);
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);
  const [importing, setImporting] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const notice = useNotice();

  const toggleStatus = (person: PersonRow) => {
    const leave = person.status === '在职';
    setConfirm({
      title: leave ? '离任' : '恢复在职',
      message: leave
        ? `确定将“${person.name}”（${person.unitName}）标记为已离任吗？记录仍保留，可随时恢复在职。`
        : `确定将“${person.name}”恢复为在职吗？`,
      confirmLabel: leave ? '确认离任' : '恢复在职',
      danger: leave,
      run: () => api.call('people.setStatus', { id: person.id, status: leave ? '已离任' : '在职', version: person.version }),
    });
  };

  const columns = useMemo(() => personColumns({ canEdit, edit: (person) => setEditing({ person }), toggleStatus }), [canEdit]);

  return (
    <>
      <RegistryToolbar
        title="人员管理"
        addLabel="新增人员"
        canEdit={canEdit}
        canImport={canImport}
        onAdd={() => setEditing({ person: null })}
        onImport={() => setImporting(true)}
        template={() => api.call('people.importTemplate', {})}
        exportList={() => api.call('people.export', { ...filters, sortField: grid.sort.sortField, sortDir: grid.sort.sortDir })}
        onError={setActionError}
        notify={notice.show}
      />
      <FilterBar>
        <SearchField label="搜索姓名" value={search} onChange={setSearch} width={200} />
        <UnitPicker label="所在单位" value={unit} onChange={setUnit} includeInactive width={240} />
        <ChoiceFilter label="身份类别" value={category} choices={PERSON_CATEGORIES} onChange={setCategory} width={130} />
        <ChoiceFilter label="职级" value={rank} choices={RANKS} onChange={setRank} width={150} />
        <ChoiceFilter label="状态" value={status} choices={PERSON_STATUSES} onChange={setStatus} width={110} />
      </FilterBar>
      {grid.error || actionError ? (
        <Alert severity="error" role="alert" sx={{ mb: 1.5 }}>
          {grid.error ?? actionError}
        </Alert>
      ) : null}
      <ListGrid<PersonRow>
        label="人员列表"
        columns={columns}
        {...grid.gridProps}
        onRowClick={canEdit ? (p) => setEditing({ person: p.row }) : undefined}
      />
      {editing ? (
        <PersonFormDialog
          person={editing.person}
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
        title="从Excel导入人员"
        hint={PERSON_IMPORT_HINT}
        columns={PERSON_IMPORT_COLUMNS}
        preview={(file) => api.call('people.importPreview', file)}
        commit={(file) => api.call('people.importCommit', file)}
        onImported={() => grid.reload()}
        onClose={() => setImporting(false)}
      />
      {notice.element}
    </>
  );
}
