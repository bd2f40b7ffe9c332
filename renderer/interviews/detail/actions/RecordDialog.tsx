// 记录谈话: when and where the talk was held, its key points, what the person said, and the
// follow-ups it ordered (each with its 完成时限). The talk then waits for its outcome (待办结).
import { useFieldArray } from 'react-hook-form';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import { interviewRecordInput, type InterviewDetail } from '../../../../shared/interviews/index.ts';
import { api } from '../../../api/client.ts';
import { useToday } from '../../../app/session.ts';
import { FormDialog } from '../../../kit/forms/FormDialog.tsx';
import { FormTextInput } from '../../../kit/forms/FormTextInput.tsx';
import { limitsOf } from '../../../kit/forms/limits.ts';
import { useSave } from '../../../kit/forms/useSave.ts';
import { shownProblems, useSchemaForm } from '../../../kit/forms/useSchemaForm.ts';
import { RowButton } from '../../../kit/RowButton.tsx';
import { DateControl, type StepDialogProps } from '../fields.tsx';

interface Draft {
  heldDate: string;
  heldTime: string;
  place: string;
  keyPoints: string;
  statement: string;
  followUps: Array<{ content: string; dueDate: string }>;
}

const LIMITS = limitsOf(interviewRecordInput);

export function RecordDialog({ item, onDone, onClose }: StepDialogProps) {
  const today = useToday();
  const form = useSchemaForm<Draft, typeof interviewRecordInput>(interviewRecordInput,
    {
      heldDate: item.plannedDate !== null && item.plannedDate <= today ? item.plannedDate : today,
      heldTime: item.plannedTime ?? '',
      place: item.place,
      keyPoints: '',
      statement: '',
      followUps: [],
    } satisfies Draft,
    (d: Draft) => ({ id: item.id, version: item.version, ...d, heldTime: d.heldTime.trim() === '' ? null : d.heldTime }),
  );
  const rows = useFieldArray({ control: form.control, name: 'followUps' });
  const { busy, problem, save } = useSave((d: InterviewDetail) => onDone(d, '已记录谈话'));
  const { message, fields: f } = shownProblems(form.formState.errors, problem);
  const submit = form.handleSubmit((input) => save(api.call('interviews.record', input)));

  return (
    <FormDialog open title="记录谈话" submitLabel="保存谈话记录" busy={busy} error={message} dirty={form.formState.isDirty} maxWidth="md" onSubmit={() => void submit()} onClose={onClose}>
      <Box sx={{ display: 'grid', gridTemplateColumns: '220px 160px 1fr', gap: 1.5, alignItems: 'start' }}>
        <DateControl control={form.control} name="heldDate" label="谈话日期" problem={f.heldDate} max={today} required />
        <FormTextInput control={form.control} name="heldTime" label="谈话时间" placeholder="09:30" problem={f.heldTime} />
        <FormTextInput control={form.control} name="place" label="地点" required problem={f.place} maxChars={LIMITS.place} />
      </Box>
      <FormTextInput control={form.control} name="keyPoints" label="谈话要点" required multiline minRows={4} autoFocus problem={f.keyPoints} maxChars={LIMITS.keyPoints} />
      <FormTextInput control={form.control} name="statement" label="本人陈述" required multiline minRows={3} problem={f.statement} maxChars={LIMITS.statement} />
      <Stack spacing={1}>
        <Typography variant="subtitle2">后续事项</Typography>
        {f.followUps ? <Typography color="error" variant="body2">{f.followUps}</Typography> : null}
        {rows.fields.map((row, i) => (
          <Box key={row.id} role="group" aria-label={`后续事项${i + 1}`} sx={{ display: 'grid', gridTemplateColumns: '1fr 220px auto', gap: 1.5, alignItems: 'start' }}>
            <FormTextInput control={form.control} name={`followUps.${i}.content`} label={`后续事项${i + 1}`} required problem={f[`followUps.${i}.content`]} />
            <DateControl control={form.control} name={`followUps.${i}.dueDate`} label="完成时限" problem={f[`followUps.${i}.dueDate`]} min={today} required />
            <RowButton onClick={() => rows.remove(i)}>删除</RowButton>
          </Box>
        ))}
        <div>
          <Button size="small" startIcon={<AddIcon />} onClick={() => rows.append({ content: '', dueDate: '' })}>
            添加后续事项
          </Button>
        </div>
      </Stack>
    </FormDialog>
  );
}
