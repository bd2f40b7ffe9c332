// The first part of 登记信访件: when and how the tip came in, and who sent it (实名 only).
import Box from '@mui/material/Box';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import { REPORT_MODES, TIP_CHANNELS, type ReportMode } from '../../../shared/tips/enums.ts';
import { ChoiceField } from '../../kit/ChoiceField.tsx';
import { FormTextField } from '../../kit/forms/FormTextField.tsx';
import { DateInput } from '../../kit/DateInput.tsx';
import type { RegisterDraft, ReporterDraft } from './registerDraft.ts';
import { useToday } from '../../app/session.ts';

interface Props {
  draft: RegisterDraft;
  change(change: Partial<RegisterDraft>): void;
  fields: Record<string, string>;
}

/** “请选择来源渠道（可选：…）” → “请选择来源渠道”: the choices are in the list itself. */
const brief = (message: string | undefined) => message?.replace(/（可选：.*）$/, '');

const REPORTER_FIELDS: Array<{ key: keyof ReporterDraft; label: string; hint?: string; max: number }> = [
  { key: 'name', label: '反映人姓名', max: 30 },
  { key: 'phone', label: '联系电话', hint: '手机或固定电话，联系电话和通讯地址至少填一项', max: 40 },
  { key: 'idNumber', label: '身份证号', hint: '18位，可不填', max: 30 },
  { key: 'address', label: '通讯地址', max: 100 },
];

export function IntakeFields({ draft, change, fields: f }: Props) {
  const today = useToday();
  const setReporter = (key: keyof ReporterDraft, value: string) => change({ reporter: { ...draft.reporter, [key]: value } });
  return (
    <>
      <Box sx={{ display: 'grid', gridTemplateColumns: '200px 200px 1fr', gap: 2, alignItems: 'start' }}>
        <DateInput
          label="收件日期"
          value={draft.receivedDate}
          onChange={(receivedDate) => change({ receivedDate })}
          problem={f.receivedDate}
          max={today}
          required
          autoFocus
        />
        <ChoiceField label="来源渠道" value={draft.channel} choices={TIP_CHANNELS} onChange={(channel) => change({ channel })} error={brief(f.channel)} />
        <FormControl required error={Boolean(f.mode)}>
          <FormLabel id="tip-mode-label">反映方式</FormLabel>
          <RadioGroup
            row
            aria-labelledby="tip-mode-label"
            value={draft.mode}
            onChange={(e) => change({ mode: e.target.value as ReportMode })}
          >
            {REPORT_MODES.map((m) => (
              <FormControlLabel key={m} value={m} control={<Radio size="small" />} label={m} />
            ))}
          </RadioGroup>
          {f.mode ? <FormHelperText>{brief(f.mode)}</FormHelperText> : null}
        </FormControl>
      </Box>
      {draft.mode === '实名' ? (
        <Box
          role="group"
          aria-label="反映人信息"
          sx={{ display: 'grid', gridTemplateColumns: '160px 200px 220px 1fr', gap: 2, alignItems: 'start' }}
        >
          {REPORTER_FIELDS.map((r) => (
            <FormTextField
              key={r.key}
              label={r.label}
              value={draft.reporter[r.key]}
              onChange={(e) => setReporter(r.key, e.target.value)}
              required={r.key === 'name'}
              problem={f[`reporter.${r.key}`]}
              hint={r.hint}
              maxChars={r.max}
              slotProps={{ htmlInput: { autoComplete: 'off' } }}
            />
          ))}
        </Box>
      ) : draft.mode === '匿名' ? (
        <FormHelperText sx={{ mt: -1 }}>匿名反映不登记反映人信息；登记后系统给出查询码，可告知反映人用于查询办理阶段。</FormHelperText>
      ) : null}
    </>
  );
}
