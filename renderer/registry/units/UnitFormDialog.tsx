// 新增单位 / 编辑单位. Editing sends the version read, so a concurrent change is refused
// by the service instead of silently overwritten.
import { useState } from 'react';
import { UNIT_TYPES, unitCreateInput, unitUpdateInput, type UnitRow, type UnitType } from '../../../shared/registry/units.ts';
import { api } from '../../api/client.ts';
import { ChoiceField } from '../../kit/ChoiceField.tsx';
import { UnitPicker, type PickedUnit } from '../UnitPicker.tsx';
import { FormDialog } from '../../kit/forms/FormDialog.tsx';
import { useSave } from '../../kit/forms/useSave.ts';
import { validate } from '../../kit/forms/validate.ts';
import { FormTextField } from '../../kit/forms/FormTextField.tsx';

interface Props {
  /** The unit being edited, or null for a new one. */
  unit: UnitRow | null;
  onSaved(unit: UnitRow): void;
  onClose(): void;
}

export function UnitFormDialog({ unit, onSaved, onClose }: Props) {
  const [name, setName] = useState(unit?.name ?? '');
  const [type, setType] = useState<UnitType | ''>(unit?.type ?? '');
  const [parent, setParent] = useState<PickedUnit | null>(
    unit && unit.parentId !== null ? { id: unit.parentId, name: unit.parentName ?? '' } : null,
  );
  const [headcount, setHeadcount] = useState(unit?.headcount === null || unit === null ? '' : String(unit.headcount));
  const [leaderName, setLeaderName] = useState(unit?.leaderName ?? '');
  const { busy, problem, setProblem, save } = useSave(onSaved);

  const submit = () => {
    const count = headcount.trim() === '' ? null : Number(headcount.trim());
    if (count !== null && !Number.isFinite(count)) {
      setProblem({ message: '请检查填写的内容：编制人数应为整数。', fields: { headcount: '编制人数应为整数' } });
      return;
    }
    const draft = { name, type, parentId: parent?.id ?? null, headcount: count, leaderName };
    let saving: Promise<UnitRow>;
    if (unit) {
      const checked = validate(unitUpdateInput, { ...draft, id: unit.id, version: unit.version });
      if (!checked.ok) return setProblem(checked.problem);
      saving = api.call('units.update', checked.data);
    } else {
      const checked = validate(unitCreateInput, draft);
      if (!checked.ok) return setProblem(checked.problem);
      saving = api.call('units.create', checked.data);
    }
    save(saving);
  };

  const f = problem?.fields ?? {};
  return (
    <FormDialog open title={unit ? '编辑单位' : '新增单位'} busy={busy} error={problem?.message} onSubmit={submit} onClose={onClose}>
      <FormTextField
        label="单位名称"
        value={name}
        onChange={(e) => setName(e.target.value)}
        required
        autoFocus
        problem={f.name}
      />
      <ChoiceField label="单位类型" value={type} choices={UNIT_TYPES} onChange={setType} error={f.type} />
      <UnitPicker
        label="上级单位"
        value={parent}
        onChange={setParent}
        error={f.parentId}
        helperText="输入名称中的文字查找；不属于任何上级单位时留空。行政村、社区的上级单位应为镇（街道）。"
        excludeId={unit?.id}
      />
      <FormTextField
        label="编制人数"
        type="number"
        value={headcount}
        onChange={(e) => setHeadcount(e.target.value)}
        slotProps={{ htmlInput: { min: 0, step: 1 } }}
        problem={f.headcount}
      />
      <FormTextField
        label="主要负责人"
        value={leaderName}
        onChange={(e) => setLeaderName(e.target.value)}
        problem={f.leaderName}
      />
    </FormDialog>
  );
}
