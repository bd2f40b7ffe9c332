// A step that needs only its reason (关闭, 移出): the reason typed, checked by the operation's own
// schema on submit; the service's refusal is shown as it says it.
import type { ReactNode } from 'react';
import DialogContentText from '@mui/material/DialogContentText';
import type { z } from '../../../shared/kernel/zod.ts';
import { FormDialog } from '../../kit/forms/FormDialog.tsx';
import { FormTextInput } from '../../kit/forms/FormTextInput.tsx';
import { useSave } from '../../kit/forms/useSave.ts';
import { shownProblems, useSchemaForm } from '../../kit/forms/useSchemaForm.ts';

interface Props<S extends z.ZodType, T> {
  title: string;
  intro: ReactNode;
  /** The reason field's label (关闭理由, 移出理由). */
  label: string;
  submitLabel: string;
  schema: S;
  /** The operation's input with the reason typed. */
  toInput(reason: string): unknown;
  run(input: z.output<S>): Promise<T>;
  onDone(value: T): void;
  onClose(): void;
}

export function ReasonDialog<S extends z.ZodType, T>({ title, intro, label, submitLabel, schema, toInput, run, onDone, onClose }: Props<S, T>) {
  const form = useSchemaForm(schema, { reason: '' }, (d: { reason: string }) => toInput(d.reason));
  const { busy, problem, save } = useSave(onDone);
  const { message, fields } = shownProblems(form.formState.errors, problem);
  const submit = form.handleSubmit((input) => save(run(input)));
  return (
    <FormDialog open title={title} submitLabel={submitLabel} busy={busy} error={message} dirty={form.formState.isDirty} onSubmit={() => void submit()} onClose={onClose}>
      <DialogContentText>{intro}</DialogContentText>
      <FormTextInput control={form.control} name="reason" label={label} required autoFocus multiline minRows={3} problem={fields['reason']} maxChars={500} />
    </FormDialog>
  );
}
