// One 整改事项's fields — 单位, 问题描述, 问题类别, 整改措施, 责任领导, 责任人 (people of the unit),
// 整改时限, 备注 — for a row of the 问题清单 and for 修改. Controlled: the form holds the draft.
import { useState } from 'react';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { itemFields } from '../../../shared/rectification/index.ts';
import { ChoiceField } from '../../kit/ChoiceField.tsx';
import { DateInput } from '../../kit/DateInput.tsx';
import { FormTextField } from '../../kit/forms/FormTextField.tsx';
import { maxCharsOf } from '../../kit/forms/limits.ts';
import { UnitPicker } from '../../registry/index.ts';
import { PersonPicker } from '../../registry/index.ts';
import { useRectCategories } from '../common/useRectCategories.ts';
import type { ItemDraft } from './itemDraft.ts';
import { MeasuresEditor } from './MeasuresEditor.tsx';

const PROBLEM_MAX = maxCharsOf(itemFields.problem);
const REMARKS_MAX = maxCharsOf(itemFields.remarks);

/** A value shown but not changed here (read-only, still labelled). */
function Fixed({ label, value, hint, width }: { label: string; value: string; hint: string; width?: number }) {
  return <TextField label={label} value={value} helperText={hint} sx={width ? { width } : undefined} fullWidth={!width} slotProps={{ input: { readOnly: true } }} />;
}

interface Props {
  value: ItemDraft;
  onChange(next: ItemDraft): void;
  /** The problem at a path inside the item (unitId, measures.0.text …). */
  problem(path: string): string | undefined;
  /** Focus 问题描述 when shown (a row just added, or the dialog opened). */
  autoFocus?: boolean;
  /** The hint under 单位 (e.g. 默认同上一事项). */
  unitHint?: string | undefined;
  /** 修改: the deadline moves only by 延期; a 预警告知书's item keeps its unit. */
  locked?: { deadline?: boolean; unit?: boolean };
}

export function ItemFields({ value, onChange, problem, autoFocus, unitHint, locked = {} }: Props) {
  const listed = useRectCategories();
  const categories = value.category && !listed.includes(value.category) ? [...listed, value.category] : listed;
  const [focusMeasure, setFocusMeasure] = useState<number | null>(null);
  const set = (change: Partial<ItemDraft>) => onChange({ ...value, ...change });
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={1.5} sx={{ flexWrap: 'wrap', rowGap: 2 }}>
        <Box sx={{ flex: '1 1 260px' }}>
          {locked.unit ? (
            <Fixed label="单位" value={value.unit?.name ?? ''} hint="来自预警告知书的事项，单位不能更改" />
          ) : (
            <UnitPicker
              label="单位"
              value={value.unit}
              // Another unit's people are not this one's: the 责任人 is chosen again.
              onChange={(unit) => set(unit?.id === value.unit?.id ? { unit } : { unit, owner: null })}
              required
              error={problem('unitId')}
              helperText={unitHint ?? '输入单位名称中的文字查找'}
            />
          )}
        </Box>
        <Box sx={{ flex: '1 1 180px' }}>
          <ChoiceField label="问题类别" value={value.category} choices={categories} onChange={(category) => set({ category })} error={problem('category')} />
        </Box>
      </Stack>
      <FormTextField
        label="问题描述"
        value={value.problem}
        onChange={(e) => set({ problem: e.target.value })}
        required
        multiline
        minRows={2}
        autoFocus={autoFocus}
        problem={problem('problem')}
        maxChars={PROBLEM_MAX}
      />
      <MeasuresEditor
        measures={value.measures}
        onChange={(measures) => set({ measures })}
        problem={problem}
        unitId={value.unit?.id}
        focusRow={focusMeasure}
        onAdded={setFocusMeasure}
      />
      <Stack direction="row" spacing={1.5} sx={{ flexWrap: 'wrap', rowGap: 2 }}>
        <PersonPicker label="责任领导" value={value.leader} onChange={(leader) => set({ leader })} width={200} error={problem('leaderPersonId')} />
        <PersonPicker
          label="责任人"
          value={value.owner}
          onChange={(owner) => set({ owner })}
          unitId={value.unit?.id}
          width={200}
          error={problem('ownerPersonId')}
          helperText={value.unit ? `${value.unit.name}的人员` : '先选择单位'}
        />
        {locked.deadline ? (
          <Fixed label="整改时限" value={value.deadline} hint="通过申请延期修改" width={200} />
        ) : (
          <DateInput label="整改时限" value={value.deadline} onChange={(deadline) => set({ deadline })} required width={200} problem={problem('deadline')} />
        )}
      </Stack>
      <FormTextField label="备注" value={value.remarks} onChange={(e) => set({ remarks: e.target.value })} problem={problem('remarks')} maxChars={REMARKS_MAX} />
    </Stack>
  );
}
