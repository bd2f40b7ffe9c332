// 拟定谈话函询方案: the rows per person reported and 方案说明; 保存方案 (interviews.savePlan) and,
// once saved, 提交审批 (interviews.submitPlan).
import { useEffect, type FormEvent } from 'react';
import { Controller } from 'react-hook-form';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { INTERVIEW_WRITERS, planSaveInput, type TipInterviewPlan } from '../../../shared/interviews/index.ts';
import type { TipPerson } from '../../../shared/tips/index.ts';
import type { Role } from '../../../shared/core/index.ts';
import { api } from '../../api/client.ts';
import { useOp } from '../../api/query.ts';
import { useToday } from '../../app/session.ts';
import { ErrorAlert } from '../../kit/ErrorAlert.tsx';
import { FormTextInput } from '../../kit/forms/FormTextInput.tsx';
import { useSave } from '../../kit/forms/useSave.ts';
import { shownProblems, useSchemaForm } from '../../kit/forms/useSchemaForm.ts';
import { planDraft, planInput } from './planDraft.ts';
import { PlanRows } from './PlanRows.tsx';

interface Props {
  view: TipInterviewPlan;
  people: readonly TipPerson[];
  onSaved(view: TipInterviewPlan, message: string): void;
}

export function PlanForm({ view, people, onSaved }: Props) {
  const today = useToday();
  const version = view.plan?.version ?? null;
  const form = useSchemaForm(planSaveInput, planDraft(people, view.plan), planInput(view.tipId, version));
  const users = (useOp('users.options', {}).data ?? []).filter((u) => INTERVIEW_WRITERS.includes(u.role as Role));
  const saving = useSave((v: TipInterviewPlan) => onSaved(v, '方案已保存'));
  const submitting = useSave((v: TipInterviewPlan) => onSaved(v, '方案已提交审批'));
  const { message, fields: f } = shownProblems(form.formState.errors, saving.problem ?? submitting.problem);

  // The saved plan (a new version) is what the form now holds.
  useEffect(() => form.reset(planDraft(people, view.plan)), [view.plan?.version]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (saving.busy) return;
    void form.handleSubmit((input) => saving.save(api.call('interviews.savePlan', input)))();
  };
  const dirty = form.formState.isDirty;

  return (
    <form onSubmit={submit} noValidate aria-label="谈话函询方案">
      <Stack spacing={1.5}>
        <ErrorAlert error={message} sx={{}} />
        <Controller
          control={form.control}
          name="rows"
          render={({ field }) => <PlanRows rows={field.value} onChange={field.onChange} users={users} fields={f} today={today} />}
        />
        <FormTextInput control={form.control} name="note" label="方案说明" problem={f.note} multiline minRows={2} maxChars={2000} />
        <Stack direction="row" spacing={1}>
          <Button type="submit" variant="contained" disabled={saving.busy}>
            {saving.busy ? '正在保存…' : '保存方案'}
          </Button>
          {view.can.submit ? (
            <Button
              variant="outlined"
              disabled={submitting.busy || dirty}
              title={dirty ? '请先保存方案' : undefined}
              onClick={() => submitting.save(api.call('interviews.submitPlan', { tipId: view.tipId, version: view.plan?.version ?? 0 }))}
            >
              提交审批
            </Button>
          ) : null}
        </Stack>
      </Stack>
    </form>
  );
}
