// 批量设置联系干部: the units the ledger's filters now find (e.g. 上级单位 = 城关镇: all its
// villages) all get one 联系干部, or lose theirs with “（无）”. The ledger has no row selection, so
// the filters are the selection: the dialog says which and how many, reads their ids page by
// page and sends them in one units.setLiaison (one transaction). Keyboard: the select has the
// focus (Enter or ↓ opens it, Enter picks), Tab to 设置联系干部, Esc closes.
import { useState } from 'react';
import DialogContentText from '@mui/material/DialogContentText';
import { LIAISON_BATCH_MAX, type UnitLiaisonResult, type UnitListInput } from '../../../shared/registry/units.ts';
import { MAX_PAGE_SIZE } from '../../../shared/kernel/common.ts';
import { api, ApiError } from '../../api/client.ts';
import { FormDialog } from '../../kit/forms/FormDialog.tsx';
import { useSave } from '../../kit/forms/useSave.ts';
import { LiaisonSelect } from './LiaisonSelect.tsx';
import { useLiaisonOptions } from './useLiaisonOptions.ts';

type UnitFilters = Pick<UnitListInput, 'type' | 'status' | 'parentId' | 'liaisonUserId'> & { q?: string | undefined };

interface Props {
  /** The ledger's filters as units.list takes them. */
  filters: UnitFilters;
  /** The same filters as a person reads them (上级单位：城关镇；单位类型：行政村), '' for none. */
  filterText: string;
  /** How many units the ledger lists under them. */
  total: number;
  onDone(result: UnitLiaisonResult, liaisonName: string): void;
  onClose(): void;
}

/** Every unit id the filters find (at most LIAISON_BATCH_MAX + 1: one more tells the list grew). */
async function idsOf(filters: UnitFilters): Promise<number[]> {
  const ids: number[] = [];
  for (let page = 0; ids.length <= LIAISON_BATCH_MAX; page++) {
    const { rows } = await api.call('units.list', { ...filters, page, pageSize: MAX_PAGE_SIZE, sortField: 'name', sortDir: 'asc' });
    ids.push(...rows.map((r) => r.id));
    if (rows.length < MAX_PAGE_SIZE) break;
  }
  return ids;
}

export function BatchLiaisonDialog({ filters, filterText, total, onDone, onClose }: Props) {
  const [liaison, setLiaison] = useState('');
  const { liaisons } = useLiaisonOptions();
  const chosenName = liaisons.find((u) => String(u.id) === liaison)?.displayName ?? '';
  const { busy, problem, setProblem, save } = useSave<UnitLiaisonResult>((result) => onDone(result, chosenName));
  const tooMany = total > LIAISON_BATCH_MAX;
  const scope = filterText ? `按当前筛选条件（${filterText}）` : '当前未设筛选条件，将对全部单位';

  const submit = () => {
    if (total === 0) return setProblem({ message: '当前筛选条件下没有单位。', fields: {} });
    if (tooMany) return setProblem({ message: `一次最多设置 ${LIAISON_BATCH_MAX} 个单位，请先用上级单位、单位类型等筛选缩小范围。`, fields: {} });
    save(
      idsOf(filters).then((unitIds) => {
        if (unitIds.length > LIAISON_BATCH_MAX) {
          throw new ApiError({ code: 'VALIDATION', message: `一次最多设置 ${LIAISON_BATCH_MAX} 个单位，请先缩小筛选范围。` });
        }
        return api.call('units.setLiaison', { unitIds, liaisonUserId: liaison === '' ? null : Number(liaison) });
      }),
    );
  };

  return (
    <FormDialog
      open
      title="批量设置联系干部"
      submitLabel="设置联系干部"
      busy={busy}
      error={problem?.message}
      dirty={liaison !== ''}
      onSubmit={submit}
      onClose={onClose}
    >
      <DialogContentText>
        {scope}共 <strong>{total}</strong> 个单位，统一设置为下面选择的联系干部。
        {tooMany ? `一次最多 ${LIAISON_BATCH_MAX} 个，请先缩小筛选范围。` : ''}
      </DialogContentText>
      <LiaisonSelect
        value={liaison}
        onChange={(value) => setLiaison(value)}
        error={problem?.fields.liaisonUserId}
        helperText="选“（无）”将清除这些单位的联系干部。"
        autoFocus
      />
    </FormDialog>
  );
}
