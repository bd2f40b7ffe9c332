// 后续事项: add one (what is to be done and by when, e.g. a written explanation) and mark one done
// (the day and how).
import Typography from '@mui/material/Typography';
import { interviewAddFollowUpInput, interviewFollowUpDoneInput, type InterviewDetail, type InterviewFollowUp } from '../../../../shared/interviews/index.ts';
import { api } from '../../../api/client.ts';
import { useToday } from '../../../app/session.ts';
import { FormDialog } from '../../../kit/forms/FormDialog.tsx';
import { FormTextInput } from '../../../kit/forms/FormTextInput.tsx';
import { limitsOf } from '../../../kit/forms/limits.ts';
import { useSave } from '../../../kit/forms/useSave.ts';
import { shownProblems, useSchemaForm } from '../../../kit/forms/useSchemaForm.ts';
import { DateControl, type StepDialogProps } from '../fields.tsx';

const ADD_LIMITS = limitsOf(interviewAddFollowUpInput);
const DONE_LIMITS = limitsOf(interviewFollowUpDoneInput);

export function AddFollowUpDialog({ item, onDone, onClose }: StepDialogProps) {
  const today = useToday();
  const form = useSchemaForm(interviewAddFollowUpInput, { content: '', dueDate: '' }, (d: { content: string; dueDate: string }) => ({
    id: item.id,
    version: item.version,
    ...d,
  }));
  const { busy, problem, save } = useSave((d: InterviewDetail) => onDone(d, '已添加后续事项'));
  const { message, fields: f } = shownProblems(form.formState.errors, problem);
  const submit = form.handleSubmit((input) => save(api.call('interviews.addFollowUp', input)));
  return (
    <FormDialog open title="添加后续事项" busy={busy} error={message} dirty={form.formState.isDirty} onSubmit={() => void submit()} onClose={onClose}>
      <FormTextInput control={form.control} name="content" label="后续事项" required multiline minRows={2} autoFocus problem={f.content} maxChars={ADD_LIMITS.content} />
      <DateControl control={form.control} name="dueDate" label="完成时限" problem={f.dueDate} min={today} required />
    </FormDialog>
  );
}

export function DoneFollowUpDialog({ followUp, onDone, onClose }: Omit<StepDialogProps, 'item'> & { followUp: InterviewFollowUp }) {
  const today = useToday();
  const form = useSchemaForm(interviewFollowUpDoneInput, { doneDate: today, note: '' }, (d: { doneDate: string; note: string }) => ({
    followUpId: followUp.id,
    ...d,
  }));
  const { busy, problem, save } = useSave((d: InterviewDetail) => onDone(d, '后续事项已完成'));
  const { message, fields: f } = shownProblems(form.formState.errors, problem);
  const submit = form.handleSubmit((input) => save(api.call('interviews.doneFollowUp', input)));
  return (
    <FormDialog open title="完成后续事项" submitLabel="完成" busy={busy} error={message} dirty={form.formState.isDirty} onSubmit={() => void submit()} onClose={onClose}>
      {followUp.content ? (
        <Typography variant="body2">
          {followUp.content}（完成时限 {followUp.dueDate}）
        </Typography>
      ) : null}
      <DateControl control={form.control} name="doneDate" label="完成日期" problem={f.doneDate} max={today} required />
      <FormTextInput control={form.control} name="note" label="完成情况" multiline minRows={2} autoFocus problem={f.note} maxChars={DONE_LIMITS.note} />
    </FormDialog>
  );
}
