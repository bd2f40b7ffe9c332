// A 预警建议书's fields as the clerk edits them — 标题, 主送机关, 正文 (the grade, the score, the weak
// points and the requirements for the coming year, drafted from the office's template; each line a
// paragraph, 一、 二、 headings), 成文日期, 抄送机关. Its unit is the one whose 廉情指数 it answers:
// shown above the form (Facts), kept as it is. react-hook-form checked by the contract's schema; the
// service's answers on saving are shown at the fields (its paths are fields.title …).
import type { FormEvent, ReactNode } from 'react';
import Stack from '@mui/material/Stack';
import { Controller } from 'react-hook-form';
import { adviceFieldsInput, type AdviceFields, type DocDetail } from '../../../shared/documents/index.ts';
import { DateInput } from '../../kit/DateInput.tsx';
import { ErrorAlert } from '../../kit/ErrorAlert.tsx';
import { FormTextInput } from '../../kit/forms/FormTextInput.tsx';
import { LeaveGuard } from '../../kit/forms/LeaveGuard.tsx';
import { limitsOf } from '../../kit/forms/limits.ts';
import { useSave } from '../../kit/forms/useSave.ts';
import { shownProblems, useSchemaForm } from '../../kit/forms/useSchemaForm.ts';

const LIMITS = limitsOf(adviceFieldsInput);

/** The service names a draft's fields under `fields.`: shown at the form's own. */
function withoutPrefix(fields: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k.replace(/^fields\./, ''), v]));
}

interface Props {
  initial: AdviceFields;
  save(fields: AdviceFields): Promise<DocDetail>;
  onSaved(doc: DocDetail): void;
  /** The buttons under the fields (the submit button 保存草稿 among them). */
  actions(state: { busy: boolean; dirty: boolean }): ReactNode;
}

export function AdviceForm({ initial, save: saveFields, onSaved, actions }: Props) {
  const form = useSchemaForm(adviceFieldsInput, initial, (d: AdviceFields) => d);
  const { busy, problem, save } = useSave((doc: DocDetail) => {
    if (doc.kind === 'advice') form.reset(doc.fields);
    onSaved(doc);
  });
  const { message, fields: f } = shownProblems(form.formState.errors, problem ? { ...problem, fields: withoutPrefix(problem.fields) } : null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    void form.handleSubmit((fields) => save(saveFields(fields)))();
  };

  return (
    <form onSubmit={submit} noValidate aria-label="预警建议书">
      <Stack spacing={2}>
        {/* The unit is not edited here: a message about it is shown above the fields. */}
        <ErrorAlert error={message ?? f.unitId ?? null} sx={{}} />
        <FormTextInput control={form.control} name="title" label="标题" required problem={f.title} maxChars={LIMITS.title} />
        <FormTextInput control={form.control} name="recipients" label="主送机关" required problem={f.recipients} hint="默认为预警对象单位的名称" maxChars={LIMITS.recipients} />
        <FormTextInput
          control={form.control}
          name="body"
          label="正文"
          required
          multiline
          minRows={12}
          problem={f.body}
          hint="每段一行；以“一、”“二、”开头的短行为标题"
          maxChars={LIMITS.body}
        />
        <Controller
          control={form.control}
          name="date"
          render={({ field }) => <DateInput label="成文日期" value={field.value} onChange={field.onChange} problem={f.date} required width={220} />}
        />
        <FormTextInput control={form.control} name="copyTo" label="抄送机关" problem={f.copyTo} hint="一行，多个机关以顿号或逗号分隔；无则留空" maxChars={LIMITS.copyTo} />
        <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
          {actions({ busy, dirty: form.formState.isDirty })}
        </Stack>
      </Stack>
      <LeaveGuard dirty={form.formState.isDirty && !busy} what="预警建议书" />
    </form>
  );
}
