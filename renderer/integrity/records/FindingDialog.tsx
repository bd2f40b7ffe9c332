// 登记 / 修改 a supervision finding: 单位, 监督渠道 (of the scheme in force for the date's year; 信访
// is not entered here), 发现日期, 来源, 问题内容. The service checks and names what to fix.
import { useState } from 'react';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { FindingRow } from '../../../shared/integrity/index.ts';
import { isIsoDate } from '../../../shared/kernel/dates.ts';
import { api } from '../../api/client.ts';
import { useToday } from '../../app/session.ts';
import { DateInput } from '../../kit/DateInput.tsx';
import { FormDialog } from '../../kit/forms/FormDialog.tsx';
import { useSave } from '../../kit/forms/useSave.ts';
import { UnitPicker, type PickedUnit } from '../../registry/index.ts';
import { findingChannels, useSchemeInForce } from './schemeChoices.ts';

interface Props {
  finding: FindingRow | null;
  onSaved(row: FindingRow): void;
  onClose(): void;
}

export function FindingDialog({ finding, onSaved, onClose }: Props) {
  const today = useToday();
  const [unit, setUnit] = useState<PickedUnit | null>(finding ? { id: finding.unitId, name: finding.unitName } : null);
  const [date, setDate] = useState(finding?.date ?? today);
  const [channelKey, setChannelKey] = useState(finding?.channelKey ?? '');
  const [source, setSource] = useState(finding?.source ?? '');
  const [summary, setSummary] = useState(finding?.summary ?? '');
  const channels = findingChannels(useSchemeInForce(isIsoDate(date) ? Number(date.slice(0, 4)) : undefined));
  const { busy, problem, save } = useSave(onSaved);
  const f = problem?.fields ?? {};

  const submit = () => {
    const input = { unitId: unit?.id ?? 0, channelKey, date, source, summary };
    save(finding ? api.call('integrity.updateFinding', { ...input, id: finding.id, version: finding.version }) : api.call('integrity.addFinding', input));
  };

  return (
    <FormDialog open title={finding ? '修改监督发现问题' : '登记监督发现问题'} busy={busy} error={problem?.message} dirty onClose={onClose} onSubmit={submit}>
      <UnitPicker label="单位" value={unit} onChange={setUnit} required error={f['unitId']} />
      <DateInput label="发现日期" value={date} onChange={setDate} required max={today} problem={f['date']} hint="按发现日期所在季度计分。" />
      <TextField
        select
        label="监督渠道"
        value={channelKey}
        onChange={(e) => setChannelKey(e.target.value)}
        required
        error={Boolean(f['channelKey'])}
        helperText={f['channelKey'] ?? (channels.length === 0 ? '该年度尚无启用的评分方案。' : '信访渠道由查实的信访件自动计入，无需在此登记。')}
      >
        {channels.map((c) => (
          <MenuItem key={c.key} value={c.key}>
            {c.name}
          </MenuItem>
        ))}
      </TextField>
      <TextField label="来源" value={source} onChange={(e) => setSource(e.target.value)} required error={Boolean(f['source'])} helperText={f['source'] ?? '如：县审计局审计报告、12345热线'} />
      <TextField label="问题内容" value={summary} onChange={(e) => setSummary(e.target.value)} required multiline minRows={3} error={Boolean(f['summary'])} helperText={f['summary']} />
    </FormDialog>
  );
}
