// 单位管理: the registry of units under watch — search, filters, server-side list, form,
// 撤销/恢复, import from Excel, template and export; 批量设置联系干部 for the units the filters find.
import { useMemo, useState } from 'react';
import Button from '@mui/material/Button';
import { UNIT_SORT_FIELDS, UNIT_STATUSES, UNIT_TYPES, type UnitRow, } from '../../../shared/registry/units.ts';
import { api } from '../../api/client.ts';
import { canCall } from '../../app/permissions.ts';
import { useSession } from '../../app/session.ts';
import { ChoiceFilter } from '../../kit/ChoiceFilter.tsx';
import { ConfirmDialog, type ConfirmRequest } from '../../kit/ConfirmDialog.tsx';
import { ImportDialog } from '../../kit/ImportDialog.tsx';
import { LedgerPage } from '../../kit/ledger/LedgerPage.tsx';
import { pickChoice, pickId } from '../../kit/ledger/ledgerParams.ts';
import { useLedger } from '../../kit/ledger/useLedger.ts';
import { useSearchText } from '../../kit/ledger/useSearchText.ts';
import { RegistryToolbar } from '../../kit/RegistryToolbar.tsx';
import { SearchField } from '../../kit/SearchField.tsx';
import { useNotice } from '../../kit/useNotice.tsx';
import { unitColumns } from './unitColumns.tsx';
import { RevokeUnitDialog } from './RevokeUnitDialog.tsx';
import { UnitFormDialog } from './UnitFormDialog.tsx';
import { UNIT_IMPORT_COLUMNS, UNIT_IMPORT_HINT } from './unitImport.ts';
import { UnitPicker, type PickedUnit } from '../UnitPicker.tsx';
import { BatchLiaisonDialog } from './BatchLiaisonDialog.tsx';
import { LiaisonFilter } from './LiaisonSelect.tsx';
import { useLiaisonOptions } from './useLiaisonOptions.ts';

/** The 上级单位 filter in the address (&parent=12&parentName=城关镇), so it comes back with the list. */
function parentFromParams(value: (key: string) => string): PickedUnit | null {
  const id = pickId(value('parent'));
  return id === undefined ? null : { id, name: value('parentName') || `单位 ${id}` };
}

type Editing = { unit: UnitRow | null } | null;

export function UnitsPage() {
  const { user } = useSession();
  const canEdit = canCall(user.role, 'units.create');
  const canImport = canCall(user.role, 'units.importCommit');
  const grid = useLedger({
    op: 'units.list',
    sortFields: UNIT_SORT_FIELDS,
    defaultSort: { field: 'name', sort: 'asc' },
    filters: (value) => ({
      q: value('q') || undefined,
      type: pickChoice(UNIT_TYPES, value('type')) || undefined,
      status: pickChoice(UNIT_STATUSES, value('status')) || undefined,
      parentId: pickId(value('parent')),
      liaisonUserId: pickId(value('liaison')),
    }),
    load: (input) => api.call('units.list', input),
  });
  const { filter: filters, params } = grid;
  const [search, setSearch] = useSearchText(params.value, params.update);
  const parent = parentFromParams(params.value);
  const { liaisons } = useLiaisonOptions();
  const liaisonName = liaisons.find((u) => u.id === filters.liaisonUserId)?.displayName ?? (filters.liaisonUserId ? `账号 ${filters.liaisonUserId}` : '');
  const filterText = [
    filters.q ? `名称含“${filters.q}”` : '',
    parent ? `上级单位：${parent.name}` : '',
    filters.type ? `单位类型：${filters.type}` : '',
    filters.status ? `状态：${filters.status}` : '',
    liaisonName ? `联系干部：${liaisonName}` : '',
  ].filter(Boolean).join('；');
  const [batch, setBatch] = useState(false);

  const [editing, setEditing] = useState<Editing>(null);
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);
  const [importing, setImporting] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const notice = useNotice();

  const [revoking, setRevoking] = useState<UnitRow | null>(null);
  const toggleStatus = (unit: UnitRow) => {
    // 撤销 asks for its date; 恢复 only for a confirmation (it clears the date).
    if (unit.status === '正常') {
      setRevoking(unit);
      return;
    }
    setConfirm({
      title: '恢复单位',
      message: `确定恢复“${unit.name}”为正常状态吗？其撤销日期（${unit.revokedDate ?? '—'}）将清除。`,
      confirmLabel: '恢复单位',
      run: () => api.call('units.setStatus', { id: unit.id, status: '正常', version: unit.version }),
    });
  };

  const columns = useMemo(() => unitColumns({ canEdit, edit: (unit) => setEditing({ unit }), toggleStatus }), [canEdit]);

  return (
    <LedgerPage<UnitRow>
      header={
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
      >
        {canEdit ? (
          <Button variant="outlined" onClick={() => setBatch(true)} disabled={!grid.loaded}>
            批量设置联系干部
          </Button>
        ) : null}
      </RegistryToolbar>
      }
      filters={
        <>
          <SearchField label="搜索单位名称" value={search} onChange={setSearch} />
          <UnitPicker
            label="上级单位"
            value={parent}
            onChange={(u) => params.update({ parent: u?.id, parentName: u?.name })}
            includeInactive
            width={200}
          />
          <ChoiceFilter label="单位类型" value={filters.type ?? ''} choices={UNIT_TYPES} onChange={(type) => params.update({ type })} />
          <ChoiceFilter label="状态" value={filters.status ?? ''} choices={UNIT_STATUSES} onChange={(status) => params.update({ status })} width={120} />
          <LiaisonFilter value={filters.liaisonUserId} onChange={(liaison) => params.update({ liaison })} />
        </>
      }
      error={grid.error ?? actionError}
      label="单位列表"
      grid={{ columns, ...grid.gridProps, onRowClick: canEdit ? (p) => setEditing({ unit: p.row as UnitRow }) : undefined }}
    >
      {editing ? (
        <UnitFormDialog
          unit={editing.unit}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            notice.show(`已保存“${saved.name}”`);
          }}
        />
      ) : null}
      {batch ? (
        <BatchLiaisonDialog
          filters={filters}
          filterText={filterText}
          total={grid.total}
          onClose={() => setBatch(false)}
          onDone={(result, name) => {
            setBatch(false);
            const kept = result.unchanged > 0 ? `（另有 ${result.unchanged} 个原已是）` : '';
            notice.show(name ? `已将 ${result.changed} 个单位的联系干部设为“${name}”${kept}` : `已清除 ${result.changed} 个单位的联系干部${kept}`);
          }}
        />
      ) : null}
      {revoking ? (
        <RevokeUnitDialog
          unit={revoking}
          onClose={() => setRevoking(null)}
          onDone={(saved) => {
            setRevoking(null);
            notice.show(`已撤销“${saved.name}”（撤销日期 ${saved.revokedDate ?? ''}）`);
          }}
        />
      ) : null}
      <ConfirmDialog
        request={confirm}
        onClose={() => setConfirm(null)}
        onDone={() => setConfirm(null)}
      />
      <ImportDialog
        open={importing}
        title="从Excel导入单位"
        hint={UNIT_IMPORT_HINT}
        columns={UNIT_IMPORT_COLUMNS}
        preview={(file, onProgress) => api.job('units.importPreview', file, onProgress)}
        commit={(file, _options, onProgress) => api.job('units.importCommit', file, onProgress)}
        doneText={(result) => `已导入 ${result.created} 条`}
        onClose={() => setImporting(false)}
      />
      {notice.element}
    </LedgerPage>
  );
}
