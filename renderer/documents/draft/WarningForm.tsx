// A 预警告知书's fields as the clerk fills them in — 预警对象单位 (fixed for a draft a consequence of
// the 廉情指数 made), 主送机关 (the unit's name unless changed), 标题, 告知事由, the problems (typed, or taken from the unit's concluded tips), 整改要求,
// 整改时限 (the setting's days after the 成文日期 unless changed), 成文日期, 抄送机关 —
// react-hook-form checked by the contract's schema (the 整改时限 after the 成文日期 too), for a new
// draft and for editing one. The service's answers on saving are shown at the fields.
import { useState, type FormEvent, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import PlaylistAddIcon from '@mui/icons-material/PlaylistAdd';
import { Controller, useFieldArray } from 'react-hook-form';
import { defaultWarningDeadline, warningFieldsInput, type DocDetail, type WarningFields } from '../../../shared/documents/index.ts';
import { DateInput } from '../../kit/DateInput.tsx';
import { ErrorAlert } from '../../kit/ErrorAlert.tsx';
import { FormTextInput } from '../../kit/forms/FormTextInput.tsx';
import { LeaveGuard } from '../../kit/forms/LeaveGuard.tsx';
import { limitsOf } from '../../kit/forms/limits.ts';
import { useSave } from '../../kit/forms/useSave.ts';
import { shownProblems, useSchemaForm } from '../../kit/forms/useSchemaForm.ts';
import { UnitPicker, type PickedUnit } from '../../registry/index.ts';
import { ProblemRows } from './ProblemRows.tsx';
import { TipPickDialog } from './TipPickDialog.tsx';
import { warningDraftOf, warningInputOf, type WarningDraft } from './warningDraft.ts';

const LIMITS = limitsOf(warningFieldsInput);

/** The service names a draft's fields under `fields.`: shown at the form's own. */
function withoutPrefix(fields: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k.replace(/^fields\./, ''), v]));
}

export interface WarningFormState {
  busy: boolean;
  dirty: boolean;
}

interface Props {
  initial: WarningDraft;
  /** The unit may not change (a draft a consequence of the 廉情指数 made answers that unit's result). */
  unitFixed?: boolean;
  /** The 整改时限 a new date moves to, when it was still the one the date before gave (系统设置). */
  deadlineDays: number;
  save(fields: WarningFields): Promise<DocDetail>;
  onSaved(doc: DocDetail): void;
  actions(state: WarningFormState): ReactNode;
}

export function WarningForm({ initial, unitFixed = false, deadlineDays, save: saveFields, onSaved, actions }: Props) {
  const form = useSchemaForm(warningFieldsInput, initial, warningInputOf);
  const rows = useFieldArray({ control: form.control, name: 'problems' });
  const [picking, setPicking] = useState(false);
  const { busy, problem, save } = useSave((doc: DocDetail) => {
    if (doc.kind === 'warning') form.reset(warningDraftOf(doc.fields, doc.source?.label ?? form.getValues('unit')?.name ?? ''));
    onSaved(doc);
  });
  const { message, fields: f } = shownProblems(form.formState.errors, problem ? { ...problem, fields: withoutPrefix(problem.fields) } : null);
  const unit = form.watch('unit');
  const taken = form.watch('problems').flatMap((p) => (p.tipId === null ? [] : [p.tipId]));

  const recheck = () => {
    if (form.formState.isSubmitted) void form.trigger();
  };

  /** A new unit: 主送机关 follows it while it is empty or still the unit before's name. */
  const setUnit = (next: PickedUnit | null) => {
    const before = form.getValues('unit');
    const recipients = form.getValues('recipients');
    form.setValue('unit', next, { shouldDirty: true });
    if (next && (recipients.trim() === '' || recipients === before?.name)) form.setValue('recipients', next.name, { shouldDirty: true });
    recheck();
  };

  /** A new 成文日期: the 整改时限 moves with it while it is still the default of the date before. */
  const setDate = (next: string) => {
    const before = form.getValues('date');
    const deadline = form.getValues('deadline');
    form.setValue('date', next, { shouldDirty: true });
    if (deadline === defaultWarningDeadline(before, deadlineDays)) {
      const moved = defaultWarningDeadline(next, deadlineDays);
      if (moved !== '') form.setValue('deadline', moved, { shouldDirty: true });
    }
    recheck();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    void form.handleSubmit((fields) => save(saveFields(fields)))();
  };

  return (
    <form onSubmit={submit} noValidate aria-label="预警告知书">
      <Stack spacing={2}>
        <ErrorAlert error={message} sx={{}} />
        {unitFixed ? (
          // Shown above the form (预警对象单位); a message about it is shown here.
          <ErrorAlert error={f.unitId ?? null} sx={{}} />
        ) : (
          <UnitPicker label="预警对象单位" value={unit} onChange={setUnit} error={f.unitId} helperText="被预警的单位，从单位名册中选择" required />
        )}
        <FormTextInput control={form.control} name="recipients" label="主送机关" required problem={f.recipients} hint="默认为预警对象单位的名称" maxChars={LIMITS.recipients} />
        <FormTextInput control={form.control} name="title" label="标题" required problem={f.title} hint="如：关于对城关镇“三资”管理问题的预警告知书" maxChars={LIMITS.title} />
        <FormTextInput control={form.control} name="intro" label="告知事由" required multiline minRows={2} problem={f.intro} maxChars={LIMITS.intro} />
        <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, minWidth: 0 }}>
          <Typography component="legend" variant="subtitle2" sx={{ mb: 1 }}>
            存在的问题
          </Typography>
          <ProblemRows control={form.control} rows={rows} problems={f} />
          <Box sx={{ mt: 1 }}>
            <Button startIcon={<PlaylistAddIcon />} onClick={() => setPicking(true)} disabled={!unit}>
              从信访件选取
            </Button>
            {!unit ? (
              <Typography variant="body2" color="text.secondary" component="span" sx={{ ml: 1 }}>
                先选择预警对象单位
              </Typography>
            ) : null}
          </Box>
        </Box>
        <FormTextInput control={form.control} name="requirements" label="整改要求" required multiline minRows={4} problem={f.requirements} hint="每段一行；以“（一）”开头的短行为小标题" maxChars={LIMITS.requirements} />
        <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap', rowGap: 2 }}>
          <Controller
            control={form.control}
            name="date"
            render={({ field }) => <DateInput label="成文日期" value={field.value} onChange={setDate} problem={f.date} required width={220} />}
          />
          <Controller
            control={form.control}
            name="deadline"
            render={({ field }) => (
              <DateInput label="整改时限" value={field.value} onChange={field.onChange} problem={f.deadline} hint={`默认为成文日期后${deadlineDays}天`} required width={220} />
            )}
          />
        </Stack>
        <FormTextInput control={form.control} name="copyTo" label="抄送机关" problem={f.copyTo} hint="一行，多个机关以顿号或逗号分隔；无则留空" maxChars={LIMITS.copyTo} />
        <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
          {actions({ busy, dirty: form.formState.isDirty })}
        </Stack>
      </Stack>
      {picking && unit ? (
        <TipPickDialog
          unit={unit}
          taken={taken}
          onClose={() => setPicking(false)}
          onPick={(tip) => {
            setPicking(false);
            // An untouched empty first row is replaced rather than left blank above the tip's.
            const only = form.getValues('problems');
            const blank = only.length === 1 && only[0]?.text.trim() === '' && only[0]?.category.trim() === '';
            if (blank) rows.remove(0);
            rows.append({ text: tip.conclusion, category: '', tipId: tip.id, line: null });
            recheck();
          }}
        />
      ) : null}
      <LeaveGuard dirty={form.formState.isDirty && !busy} what="预警告知书" />
    </form>
  );
}
