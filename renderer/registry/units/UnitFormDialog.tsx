// 新增单位 / 编辑单位, on react-hook-form with the contract's schema. Editing sends the version
// read, so a concurrent change is refused by the service instead of silently overwritten.
import { Controller } from 'react-hook-form';
import TextField from '@mui/material/TextField';
import { UNIT_TYPES, unitCreateInput, type UnitRow, type UnitType } from '../../../shared/registry/units.ts';
import { api } from '../../api/client.ts';
import { ChoiceField } from '../../kit/ChoiceField.tsx';
import { UnitPicker, type PickedUnit } from '../UnitPicker.tsx';
import { FormDialog } from '../../kit/forms/FormDialog.tsx';
import { useSave } from '../../kit/forms/useSave.ts';
import { shownProblems, useSchemaForm } from '../../kit/forms/useSchemaForm.ts';
import { FormTextInput } from '../../kit/forms/FormTextInput.tsx';
import { limitsOf } from '../../kit/forms/limits.ts';
import { LiaisonSelect } from './LiaisonSelect.tsx';
import { DateInput } from '../../kit/DateInput.tsx';
import { useToday } from '../../app/session.ts';

interface Props {
  /** The unit being edited, or null for a new one. */
  unit: UnitRow | null;
  onSaved(unit: UnitRow): void;
  onClose(): void;
}

interface UnitDraft {
  name: string;
  type: UnitType | '';
  parent: PickedUnit | null;
  /** As typed: '' for none; the schema names anything that is not a whole number. */
  headcount: string;
  leaderName: string;
  /** The 联系干部's account id as a string; '' for none. */
  liaison: string;
  /** 设立日期 YYYY-MM-DD (a new unit: today unless changed). */
  establishedDate: string;
}

const LIMITS = limitsOf(unitCreateInput);

export function UnitFormDialog({ unit, onSaved, onClose }: Props) {
  const editing = unit;
  const today = useToday();
  // The fields are checked by the schema they share; editing adds the id and the version read.
  const form = useSchemaForm(
    unitCreateInput,
    {
      name: unit?.name ?? '',
      type: unit?.type ?? '',
      parent: unit && unit.parentId !== null ? { id: unit.parentId, name: unit.parentName ?? '' } : null,
      headcount: unit?.headcount === null || unit === null ? '' : String(unit.headcount),
      leaderName: unit?.leaderName ?? '',
      liaison: unit === null || unit.liaisonUserId === null ? '' : String(unit.liaisonUserId),
      establishedDate: unit?.establishedDate ?? today,
    } satisfies UnitDraft,
    (d: UnitDraft) => ({
      name: d.name,
      type: d.type,
      parentId: d.parent?.id ?? null,
      headcount: d.headcount.trim() === '' ? null : Number(d.headcount.trim()),
      leaderName: d.leaderName,
      liaisonUserId: d.liaison === '' ? null : Number(d.liaison),
      establishedDate: d.establishedDate,
    }),
  );
  const { busy, problem: saveProblem, save } = useSave(onSaved);
  const { message, fields: f } = shownProblems(form.formState.errors, saveProblem);

  const submit = form.handleSubmit((input) =>
    save(editing ? api.call('units.update', { ...input, id: editing.id, version: editing.version }) : api.call('units.create', input)),
  );

  return (
    <FormDialog
      open
      title={unit ? '编辑单位' : '新增单位'}
      busy={busy}
      error={message}
      dirty={form.formState.isDirty}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <FormTextInput control={form.control} name="name" label="单位名称" required autoFocus problem={f.name} maxChars={LIMITS.name} />
      <Controller
        control={form.control}
        name="type"
        render={({ field }) => <ChoiceField label="单位类型" value={field.value} choices={UNIT_TYPES} onChange={field.onChange} error={f.type} />}
      />
      <Controller
        control={form.control}
        name="parent"
        render={({ field }) => (
          <UnitPicker
            label="上级单位"
            value={field.value}
            onChange={field.onChange}
            error={f.parentId}
            helperText="输入名称中的文字查找；不属于任何上级单位时留空。行政村、社区的上级单位应为镇（街道）。"
            excludeId={unit?.id}
          />
        )}
      />
      <Controller
        control={form.control}
        name="establishedDate"
        render={({ field }) => (
          <DateInput
            label="设立日期"
            value={field.value}
            onChange={field.onChange}
            problem={f.establishedDate}
            max={today}
            hint="廉情指数从设立当季起对该单位评分；不清楚时可按录入名册之日。"
          />
        )}
      />
      {unit?.revokedDate ? (
        <TextField label="撤销日期" value={unit.revokedDate} slotProps={{ input: { readOnly: true } }} helperText="恢复单位时清除；撤销后的季度不再评分。" />
      ) : null}
      <FormTextInput control={form.control} name="headcount" label="编制人数" type="number" slotProps={{ htmlInput: { min: 0, step: 1 } }} problem={f.headcount} />
      <FormTextInput control={form.control} name="leaderName" label="主要负责人" problem={f.leaderName} maxChars={LIMITS.leaderName} />
      <Controller
        control={form.control}
        name="liaison"
        render={({ field }) => (
          <LiaisonSelect
            value={field.value}
            onChange={field.onChange}
            current={unit && unit.liaisonUserId !== null ? { id: unit.liaisonUserId, name: unit.liaisonName } : null}
            error={f.liaisonUserId}
            helperText="跟踪联系该单位的监督检查室干部；没有时选“（无）”。"
          />
        )}
      />
    </FormDialog>
  );
}
