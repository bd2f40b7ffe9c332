// A 函询通知书's, 委托谈话通知书's or 谈话通知's fields as the clerk edits them — 标题, 主送机关, 正文
// (the reply or talk deadline is a sentence of it), 成文日期, 抄送机关 —, drafted from the talk or
// letter (interviews.draftNotice), which stays its link. react-hook-form checked by the contract's
// schema; the service's answers on saving are shown at the fields (its paths are fields.title …).
import type { FormEvent, ReactNode } from 'react';
import Stack from '@mui/material/Stack';
import { Controller } from 'react-hook-form';
import { INTERVIEW_DOC_KINDS, interviewNoticeFieldsInput, isInterviewDocKind, type DocDetail, type InterviewDocKind, type InterviewNoticeFields } from '../../../shared/documents/index.ts';
import { DateInput } from '../../kit/DateInput.tsx';
import { ErrorAlert } from '../../kit/ErrorAlert.tsx';
import { FormTextInput } from '../../kit/forms/FormTextInput.tsx';
import { LeaveGuard } from '../../kit/forms/LeaveGuard.tsx';
import { limitsOf } from '../../kit/forms/limits.ts';
import { useSave } from '../../kit/forms/useSave.ts';
import { shownProblems, useSchemaForm } from '../../kit/forms/useSchemaForm.ts';

const LIMITS = limitsOf(interviewNoticeFieldsInput);

/** The service names a draft's fields under `fields.`: shown at the form's own. */
function withoutPrefix(fields: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k.replace(/^fields\./, ''), v]));
}

interface Props {
  kind: InterviewDocKind;
  initial: InterviewNoticeFields;
  save(fields: InterviewNoticeFields): Promise<DocDetail>;
  onSaved(doc: DocDetail): void;
  /** The buttons under the fields (the submit button 保存草稿 among them). */
  actions(state: { busy: boolean; dirty: boolean }): ReactNode;
}

const BODY_HINT: Record<InterviewDocKind, string> = {
  inquiry: '每段一行；需要说明的问题逐项列明；答复期限一句按系统设置的工作日数预填',
  entrust: '每段一行；谈话期限和谈话记录、反馈单的报送期限按系统设置的工作日数预填',
  talkNotice: '每段一行；写明谈话的时间和地点',
};

export function InterviewNoticeForm({ kind, initial, save: saveFields, onSaved, actions }: Props) {
  const form = useSchemaForm(interviewNoticeFieldsInput, initial, (d: InterviewNoticeFields) => d);
  const { busy, problem, save } = useSave((doc: DocDetail) => {
    if (isInterviewDocKind(doc.kind) && 'interviewId' in doc.fields) form.reset(doc.fields);
    onSaved(doc);
  });
  const { message, fields: f } = shownProblems(form.formState.errors, problem ? { ...problem, fields: withoutPrefix(problem.fields) } : null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    void form.handleSubmit((fields) => save(saveFields(fields)))();
  };

  return (
    <form onSubmit={submit} noValidate aria-label={INTERVIEW_DOC_KINDS[kind]}>
      <Stack spacing={2}>
        <ErrorAlert error={message ?? f.interviewId ?? null} sx={{}} />
        <FormTextInput control={form.control} name="title" label="标题" required problem={f.title} maxChars={LIMITS.title} />
        <FormTextInput control={form.control} name="recipients" label="主送机关" required problem={f.recipients} hint="函询通知书经被函询人所在单位主要负责人转本人" maxChars={LIMITS.recipients} />
        <FormTextInput control={form.control} name="body" label="正文" required multiline minRows={10} problem={f.body} hint={BODY_HINT[kind]} maxChars={LIMITS.body} />
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
      <LeaveGuard dirty={form.formState.isDirty && !busy} what={INTERVIEW_DOC_KINDS[kind]} />
    </form>
  );
}
