// 办结 a talk: its outcome and what it means, the day the record was signed by the interviewers
// and the person, the day it is concluded; 提醒, 批评教育 and 诫勉 also take the 情节 and when the
// conduct happened (they become the person's discipline event).
import { useWatch } from 'react-hook-form';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { INTERVIEW_OUTCOMES, interviewConcludeInput, isEventOutcome, type InterviewDetail, type InterviewOutcome } from '../../../../shared/interviews/index.ts';
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
  outcome: InterviewOutcome | '';
  outcomeNote: string;
  signedDate: string;
  concludedDate: string;
  circumstance: Circumstance;
  conductDate: string;
}

const LIMITS = limitsOf(interviewConcludeInput);

export function ConcludeDialog({ item, onDone, onClose }: StepDialogProps) {
  const today = useToday();
  const form = useSchemaForm<Draft, typeof interviewConcludeInput>(interviewConcludeInput,
    { outcome: '', outcomeNote: '', signedDate: item.heldDate ?? today, concludedDate: today, circumstance: '一般', conductDate: '' } satisfies Draft,
    (d: Draft) => {
      const event = d.outcome !== '' && isEventOutcome(d.outcome);
      return {
        id: item.id,
        version: item.version,
        outcome: d.outcome,
        outcomeNote: d.outcomeNote,
        signedDate: d.signedDate,
        concludedDate: d.concludedDate,
        ...(event ? { circumstance: d.circumstance, conductDate: d.conductDate } : {}),
      };
    },
  );
  const outcome = useWatch({ control: form.control, name: 'outcome' });
  const { busy, problem, save } = useSave((d: InterviewDetail) => onDone(d, `谈话已办结（${d.outcome ?? ''}）`));
  const { message, fields: f } = shownProblems(form.formState.errors, problem);
  const submit = form.handleSubmit((input) => save(api.call('interviews.conclude', input)));

  return (
    <FormDialog open title="谈话办结" submitLabel="办结" busy={busy} error={message} dirty={form.formState.isDirty} onSubmit={() => void submit()} onClose={onClose}>
      <ChoiceControl control={form.control} name="outcome" label="谈话结果" choices={INTERVIEW_OUTCOMES} problem={f.outcome} />
      {outcome !== '' && isEventOutcome(outcome) ? (
        <>
          <Typography variant="body2" color="text.secondary">
            {outcome}将记入{item.personName}的处理记录，请填写情节和违纪行为发生时间。
          </Typography>
          <EventControls control={form.control} f={f} today={today} />
        </>
      ) : null}
      <FormTextInput control={form.control} name="outcomeNote" label="结果说明" multiline minRows={3} problem={f.outcomeNote} maxChars={LIMITS.outcomeNote} />
      <Box sx={{ display: 'grid', gridTemplateColumns: '220px 220px', gap: 1.5 }}>
        <DateControl control={form.control} name="signedDate" label="签字日期" problem={f.signedDate} max={today} required hint="谈话人和谈话对象在记录上签字的日期" />
        <DateControl control={form.control} name="concludedDate" label="办结日期" problem={f.concludedDate} max={today} required />
      </Box>
    </FormDialog>
  );
}
