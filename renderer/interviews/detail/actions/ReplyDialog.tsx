// 登记答复: the day the written explanation came back, whether the unit's main leader signed it
// (签字背书), and what it says. The scan is uploaded under 材料 (答复材料).
import { interviewReplyInput, type InterviewDetail } from '../../../../shared/interviews/index.ts';
import { api } from '../../../api/client.ts';
import { useToday } from '../../../app/session.ts';
import { FormDialog } from '../../../kit/forms/FormDialog.tsx';
import { FormTextInput } from '../../../kit/forms/FormTextInput.tsx';
import { limitsOf } from '../../../kit/forms/limits.ts';
import { useSave } from '../../../kit/forms/useSave.ts';
import { shownProblems, useSchemaForm } from '../../../kit/forms/useSchemaForm.ts';
import { CheckControl, DateControl, type StepDialogProps } from '../fields.tsx';

interface Draft {
  replyDate: string;
  countersigned: boolean;
  summary: string;
}

const LIMITS = limitsOf(interviewReplyInput);

export function ReplyDialog({ item, onDone, onClose }: StepDialogProps) {
  const today = useToday();
  const form = useSchemaForm<Draft, typeof interviewReplyInput>(interviewReplyInput, { replyDate: today, countersigned: false, summary: '' } satisfies Draft, (d: Draft) => ({
    id: item.id,
    version: item.version,
    ...d,
  }));
  const { busy, problem, save } = useSave((d: InterviewDetail) => onDone(d, '已登记函询答复'));
  const { message, fields: f } = shownProblems(form.formState.errors, problem);
  const submit = form.handleSubmit((input) => save(api.call('interviews.reply', input)));

  return (
    <FormDialog open title="登记答复" busy={busy} error={message} dirty={form.formState.isDirty} onSubmit={() => void submit()} onClose={onClose}>
      <DateControl control={form.control} name="replyDate" label="答复日期" problem={f.replyDate} max={today} required hint={item.dueDate ? `答复期限 ${item.dueDate}` : undefined} />
      <CheckControl control={form.control} name="countersigned" label="主要负责人签字背书" problem={f.countersigned} />
      <FormTextInput control={form.control} name="summary" label="答复内容摘要" required multiline minRows={4} autoFocus problem={f.summary} maxChars={LIMITS.summary} />
    </FormDialog>
  );
}
