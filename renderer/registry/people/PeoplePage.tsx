// 人员管理: the cadres of the units — search, filters, server-side list, form, 离任/恢复在职,
// import from Excel, template and export.
import { useMemo, useState } from 'react';
import { PERSON_CATEGORIES, PERSON_SORT_FIELDS, PERSON_STATUSES, RANKS, type PersonRow } from '../../../shared/registry/people.ts';
import { api } from '../../api/client.ts';
import { canCall } from '../../app/permissions.ts';
import { useSession } from '../../app/session.ts';
import { ChoiceFilter } from '../../kit/ChoiceFilter.tsx';
import { ConfirmDialog, type ConfirmRequest } from '../../kit/ConfirmDialog.tsx';
import { LedgerPage } from '../../kit/ledger/LedgerPage.tsx';
import { pickChoice } from '../../kit/ledger/ledgerParams.ts';
import { useLedger } from '../../kit/ledger/useLedger.ts';
import { useSearchText } from '../../kit/ledger/useSearchText.ts';
import { RegistryToolbar } from '../../kit/RegistryToolbar.tsx';
import { SearchField } from '../../kit/SearchField.tsx';
import { UnitPicker } from '../UnitPicker.tsx';
import { unitFromParams, unitParams } from '../unitParam.ts';
import { useNotice } from '../../kit/useNotice.tsx';
import { personColumns } from './personColumns.tsx';
import { PersonFormDialog } from './PersonFormDialog.tsx';
import { PersonImportDialog } from './PersonImportDialog.tsx';
import { PersonEventsDialog } from './PersonEventsDialog.tsx';

type Editing = { person: PersonRow | null } | null;

export function PeoplePage() {
  const { user } = useSession();
  const canEdit = canCall(user.role, 'people.create');
  const canImport = canCall(user.role, 'people.importCommit');
  const grid = useLedger({
    op: 'people.list',
    sortFields: PERSON_SORT_FIELDS,
    defaultSort: { field: 'name', sort: 'asc' },
    filters: (value) => ({
      q: value('q') || undefined,
      unitId: unitFromParams(value)?.id,
      category: pickChoice(PERSON_CATEGORIES, value('category')) || undefined,
      rank: pickChoice(RANKS, value('rank')) || undefined,
      status: pickChoice(PERSON_STATUSES, value('status')) || undefined,
    }),
    load: (input) => api.call('people.list', input),
  });
  const { filter: filters, params } = grid;
  const [search, setSearch] = useSearchText(params.value, params.update);
  const unit = unitFromParams(params.value);

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

  const [eventsOf, setEventsOf] = useState<PersonRow | null>(null);
  const canReadEvents = canCall(user.role, 'interviews.personEvents');
  const columns = useMemo(
    () => personColumns({ canEdit, edit: (person) => setEditing({ person }), toggleStatus, showEvents: canReadEvents ? setEventsOf : undefined }),
    [canEdit, canReadEvents],
  );

  return (
    <LedgerPage<PersonRow>
      header={
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
      }
      filters={
        <>
          <SearchField label="搜索姓名" value={search} onChange={setSearch} width={200} />
          <UnitPicker label="所在单位" value={unit} onChange={(u) => params.update(unitParams(u))} includeInactive width={240} />
          <ChoiceFilter label="身份类别" value={filters.category ?? ''} choices={PERSON_CATEGORIES} onChange={(category) => params.update({ category })} width={130} />
          <ChoiceFilter label="职级" value={filters.rank ?? ''} choices={RANKS} onChange={(rank) => params.update({ rank })} width={150} />
          <ChoiceFilter label="状态" value={filters.status ?? ''} choices={PERSON_STATUSES} onChange={(status) => params.update({ status })} width={110} />
        </>
      }
      error={grid.error ?? actionError}
      label="人员列表"
      grid={{ columns, ...grid.gridProps, onRowClick: canEdit ? (p) => setEditing({ person: p.row as PersonRow }) : undefined }}
    >
      {editing ? (
        <PersonFormDialog
          person={editing.person}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            notice.show(`已保存“${saved.name}”`);
          }}
        />
      ) : null}
      <ConfirmDialog
        request={confirm}
        onClose={() => setConfirm(null)}
        onDone={() => setConfirm(null)}
      />
      <PersonImportDialog open={importing} onClose={() => setImporting(false)} />
      {eventsOf ? <PersonEventsDialog personId={eventsOf.id} personName={eventsOf.name} onClose={() => setEventsOf(null)} /> : null}
      {notice.element}
    </LedgerPage>
  );
}
