// 新建方案: a year, where the new version starts from (默认方案, 上年方案 — last year's scheme in
// force —, or 本年最新版本 — a correction), and a note; the new draft's editor opens.
import { Controller } from 'react-hook-form';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import { SCHEME_STARTS, schemeCreateInput, type SchemeDetail } from '../../../shared/integrity/index.ts';
import { api } from '../../api/client.ts';
import { FormDialog } from '../../kit/forms/FormDialog.tsx';
import { FormTextInput } from '../../kit/forms/FormTextInput.tsx';
import { useSave } from '../../kit/forms/useSave.ts';
import { shownProblems, useSchemaForm } from '../../kit/forms/useSchemaForm.ts';

type Start = (typeof SCHEME_STARTS)[number];

interface Draft {
  year: string;
  from: Start;
  note: string;
}

const HINTS: Record<Start, string> = {
  默认方案: '按系统内置的默认评分方案',
  上年方案: '复制上一年度已启用的最新版本',
  本年最新版本: '复制本年度最新版本，用于年度中更正',
};

interface Props {
  /** The year offered first (next year's scheme is usually made late in the year). */
  year: number;
  onClose(): void;
  onCreated(scheme: SchemeDetail): void;
}

export function NewSchemeDialog({ year, onClose, onCreated }: Props) {
  const form = useSchemaForm(schemeCreateInput, { year: String(year), from: '上年方案', note: '' } satisfies Draft, (d: Draft) => ({
    year: /^\d{1,4}$/.test(d.year.trim()) ? Number(d.year.trim()) : Number.NaN,
    from: d.from,
    note: d.note,
  }));
  const { busy, problem, save } = useSave(onCreated);
  const { message, fields } = shownProblems(form.formState.errors, problem);
  const submit = form.handleSubmit((input) => save(api.call('integrity.createScheme', input)));
  return (
    <FormDialog open title="新建评分方案" submitLabel="新建" busy={busy} error={message} dirty={form.formState.isDirty} onSubmit={() => void submit()} onClose={onClose}>
      <FormTextInput control={form.control} name="year" label="年度" required problem={fields.year} autoFocus slotProps={{ htmlInput: { inputMode: 'numeric' } }} />
      <Controller
        control={form.control}
        name="from"
        render={({ field }) => (
          <FormControl error={Boolean(fields.from)}>
            <FormLabel id="scheme-from-label">方案来源</FormLabel>
            <RadioGroup aria-labelledby="scheme-from-label" value={field.value} onChange={(e) => field.onChange(e.target.value)}>
              {SCHEME_STARTS.map((s) => (
                <FormControlLabel key={s} value={s} control={<Radio size="small" />} label={`${s}（${HINTS[s]}）`} />
              ))}
            </RadioGroup>
            {fields.from ? <FormHelperText>{fields.from}</FormHelperText> : null}
          </FormControl>
        )}
      />
      <FormTextInput control={form.control} name="note" label="说明" problem={fields.note} multiline minRows={2} maxChars={500} />
    </FormDialog>
  );
}
