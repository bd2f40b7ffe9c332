// 民主生活会: the person also explained the matter at the year's 民主生活会 (after the letter closed).
import { interviewMeetingInput, type InterviewDetail } from '../../../../shared/interviews/index.ts';
import { api } from '../../../api/client.ts';
import { useToday } from '../../../app/session.ts';
import { FormDialog } from '../../../kit/forms/FormDialog.tsx';
import { FormTextInput } from '../../../kit/forms/FormTextInput.tsx';
import { limitsOf } from '../../../kit/forms/limits.ts';
import { useSave } from '../../../kit/forms/useSave.ts';
import { shownProblems, useSchemaForm } from '../../../kit/forms/useSchemaForm.ts';
import { DateControl, type StepDialogProps } from '../fields.tsx';

interface Draft {
  meetingDate: string;
  note: string;
}

const LIMITS = limitsOf(interviewMeetingInput);

export function MeetingDialog({ item, onDone, onClose }: StepDialogProps) {
  const today = useToday();
  const form = useSchemaForm<Draft, typeof interviewMeetingInput>(interviewMeetingInput, { meetingDate: today, note: '' } satisfies Draft, (d: Draft) => ({ id: item.id, version: item.version, ...d }));
  const { busy, problem, save } = useSave((d: InterviewDetail) => onDone(d, '已登记民主生活会说明'));
  const { message, fields: f } = shownProblems(form.formState.errors, problem);
  const submit = form.handleSubmit((input) => save(api.call('interviews.meeting', input)));

  return (
    <FormDialog open title="民主生活会" busy={busy} error={message} dirty={form.formState.isDirty} onSubmit={() => void submit()} onClose={onClose}>
      <DateControl control={form.control} name="meetingDate" label="民主生活会日期" problem={f.meetingDate} max={today} required />
      <FormTextInput control={form.control} name="note" label="说明情况" required multiline minRows={3} autoFocus problem={f.note} maxChars={LIMITS.note} />
    </FormDialog>
  );
}
