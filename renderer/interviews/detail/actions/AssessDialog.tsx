// 评估 a letter's reply: 如实说明 (了结), 说明不清 (a 补充说明 is asked, a new reply due) or
// 不如实或有问题 with the outcome chosen; an outcome that is a discipline event takes the 情节 and
// when the conduct happened.
import { useWatch } from 'react-hook-form';
import Typography from '@mui/material/Typography';
import {
  ASSESSMENTS, INTERVIEW_OUTCOMES, interviewAssessInput, isEventOutcome, type Assessment, type InterviewDetail, type InterviewOutcome,
} from '../../../../shared/interviews/index.ts';
import type { Circumstance } from '../../../../shared/tips/index.ts';
import { api } from '../../../api/client.ts';
import { useToday } from '../../../app/session.ts';
import { FormDialog } from '../../../kit/forms/FormDialog.tsx';
import { FormTextInput } from '../../../kit/forms/FormTextInput.tsx';
import { limitsOf } from '../../../kit/forms/limits.ts';
import { useSave } from '../../../kit/forms/useSave.ts';
import { shownProblems, useSchemaForm } from '../../../kit/forms/useSchemaForm.ts';
import { ChoiceControl, DateControl, EventControls, type StepDialogProps } from '../fields.tsx';

interface Draft {
  assessment: Assessment | '';
  outcome: InterviewOutcome | '';
  note: string;
  date: string;
  circumstance: Circumstance;
  conductDate: string;
}

const LIMITS = limitsOf(interviewAssessInput);
/** 不如实或有问题 is never 了结. */
const HEAVIER = INTERVIEW_OUTCOMES.filter((o) => o !== '了结');

const DONE_MESSAGE: Record<Assessment, string> = {
  如实说明: '评估为如实说明，函询已了结',
  说明不清: '评估为说明不清，已要求补充说明',
  不如实或有问题: '已评估并办结',
};

export function AssessDialog({ item, onDone, onClose }: StepDialogProps) {
  const today = useToday();
  const form = useSchemaForm<Draft, typeof interviewAssessInput>(interviewAssessInput,
    { assessment: '', outcome: '', note: '', date: today, circumstance: '一般', conductDate: '' } satisfies Draft,
    (d: Draft) => {
      const heavier = d.assessment === '不如实或有问题';
      const event = heavier && d.outcome !== '' && isEventOutcome(d.outcome);
      return {
        id: item.id,
        version: item.version,
        assessment: d.assessment,
        outcome: heavier ? d.outcome || null : null,
        note: d.note,
        date: d.date,
        ...(event ? { circumstance: d.circumstance, conductDate: d.conductDate } : {}),
      };
    },
  );
  const assessment = useWatch({ control: form.control, name: 'assessment' });
  const outcome = useWatch({ control: form.control, name: 'outcome' });
  const { busy, problem, save } = useSave((d: InterviewDetail) => onDone(d, assessment === '' ? '已评估' : DONE_MESSAGE[assessment]));
  const { message, fields: f } = shownProblems(form.formState.errors, problem);
  const submit = form.handleSubmit((input) => save(api.call('interviews.assess', input)));

  return (
    <FormDialog open title="评估答复" submitLabel="提交评估" busy={busy} error={message} dirty={form.formState.isDirty} onSubmit={() => void submit()} onClose={onClose}>
      <ChoiceControl control={form.control} name="assessment" label="评估结论" choices={ASSESSMENTS} problem={f.assessment} />
      {assessment === '说明不清' ? (
        <Typography variant="body2" color="text.secondary">
          将要求{item.personName}补充说明，答复期限重新计算。
        </Typography>
      ) : null}
      {assessment === '不如实或有问题' ? <ChoiceControl control={form.control} name="outcome" label="处理结果" choices={HEAVIER} problem={f.outcome} /> : null}
      {assessment === '不如实或有问题' && outcome !== '' && isEventOutcome(outcome) ? <EventControls control={form.control} f={f} today={today} /> : null}
      <FormTextInput control={form.control} name="note" label="评估意见" required multiline minRows={3} problem={f.note} maxChars={LIMITS.note} />
      <DateControl control={form.control} name="date" label="评估日期" problem={f.date} max={today} required />
    </FormDialog>
  );
}
