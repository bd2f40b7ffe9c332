// 登记 a bonus (激励加分): 单位, 加分项 (of the scheme in force for the date's year, with its points),
// 加分日期, 加分事由, 佐证材料说明. The service checks and names what to fix.
import { useState } from 'react';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { BonusRow } from '../../../shared/integrity/index.ts';
import { isIsoDate } from '../../../shared/kernel/dates.ts';
import { api } from '../../api/client.ts';
import { useToday } from '../../app/session.ts';
import { DateInput } from '../../kit/DateInput.tsx';
import { FormDialog } from '../../kit/forms/FormDialog.tsx';
import { useSave } from '../../kit/forms/useSave.ts';
import { UnitPicker, type PickedUnit } from '../../registry/index.ts';
import { bonusKinds, useSchemeInForce } from './schemeChoices.ts';

interface Props {
  onSaved(row: BonusRow): void;
  onClose(): void;
}

export function BonusDialog({ onSaved, onClose }: Props) {
  const today = useToday();
  const [unit, setUnit] = useState<PickedUnit | null>(null);
  const [date, setDate] = useState(today);
  const [kindKey, setKindKey] = useState('');
  const [summary, setSummary] = useState('');
  const [evidence, setEvidence] = useState('');
  const kinds = bonusKinds(useSchemeInForce(isIsoDate(date) ? Number(date.slice(0, 4)) : undefined));
  const { busy, problem, save } = useSave(onSaved);
  const f = problem?.fields ?? {};

  return (
    <FormDialog
      open
      title="登记激励加分"
      busy={busy}
      error={problem?.message}
      dirty
      onClose={onClose}
      onSubmit={() => save(api.call('integrity.addBonus', { unitId: unit?.id ?? 0, kindKey, date, summary, evidence }))}
    >
      <UnitPicker label="单位" value={unit} onChange={setUnit} required error={f['unitId']} />
      <DateInput label="加分日期" value={date} onChange={setDate} required max={today} problem={f['date']} hint="按加分日期所在季度计分，每季度加分有上限。" />
      <TextField
        select
        label="加分项"
        value={kindKey}
        onChange={(e) => setKindKey(e.target.value)}
        required
        error={Boolean(f['kindKey'])}
        helperText={f['kindKey'] ?? (kinds.length === 0 ? '该年度尚无启用的评分方案。' : undefined)}
      >
        {kinds.map((k) => (
          <MenuItem key={k.key} value={k.key}>
            {k.name}（+{k.points}分）
          </MenuItem>
        ))}
      </TextField>
      <TextField label="加分事由" value={summary} onChange={(e) => setSummary(e.target.value)} required multiline minRows={2} error={Boolean(f['summary'])} helperText={f['summary']} />
      <TextField label="佐证材料说明" value={evidence} onChange={(e) => setEvidence(e.target.value)} required multiline minRows={2} error={Boolean(f['evidence'])} helperText={f['evidence'] ?? '如：上级推广文件的文号'} />
    </FormDialog>
  );
}
