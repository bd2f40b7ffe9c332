// 申请延期 (the later deadline and why) and 审批延期 (领导: 同意 or 不同意, with the 审批意见); the
// deadline first set stays on record.
import { Controller } from 'react-hook-form';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import {
  interviewExtensionDecideInput, interviewExtensionRequestInput, type InterviewDetail, type InterviewExtension,
} from '../../../../shared/interviews/index.ts';
import { formatTimestamp } from '../../../../shared/kernel/dates.ts';
import { api } from '../../../api/client.ts';
import { FormDialog } from '../../../kit/forms/FormDialog.tsx';
import { FormTextInput } from '../../../kit/forms/FormTextInput.tsx';
import { limitsOf } from '../../../kit/forms/limits.ts';
import { useSave } from '../../../kit/forms/useSave.ts';
import { shownProblems, useSchemaForm } from '../../../kit/forms/useSchemaForm.ts';
import { DateControl, type StepDialogProps } from '../fields.tsx';

const REQUEST_LIMITS = limitsOf(interviewExtensionRequestInput);
const DECIDE_LIMITS = limitsOf(interviewExtensionDecideInput);

export function ExtensionRequestDialog({ item, onDone, onClose }: StepDialogProps) {
  const form = useSchemaForm(interviewExtensionRequestInput, { newDue: '', reason: '' }, (d: { newDue: string; reason: string }) => ({
    id: item.id,
    version: item.version,
    ...d,
  }));
  const { busy, problem, save } = useSave((d: InterviewDetail) => onDone(d, '已提交延期申请，等待领导审批'));
  const { message, fields: f } = shownProblems(form.formState.errors, problem);
  const submit = form.handleSubmit((input) => save(api.call('interviews.requestExtension', input)));
  return (
    <FormDialog open title="申请延期" submitLabel="提交申请" busy={busy} error={message} dirty={form.formState.isDirty} onSubmit={() => void submit()} onClose={onClose}>
      <Typography variant="body2">
        当前{item.dueKind ?? ''}期限：<b>{item.dueDate ?? '—'}</b>
      </Typography>
      <DateControl control={form.control} name="newDue" label="延期至" problem={f.newDue} min={item.dueDate ?? undefined} required />
      <FormTextInput control={form.control} name="reason" label="延期理由" required multiline minRows={3} problem={f.reason} maxChars={REQUEST_LIMITS.reason} />
    </FormDialog>
  );
}

interface DecideDraft {
  approved: boolean | null;
  note: string;
}

export function ExtensionDecideDialog({ extension, onDone, onClose }: Omit<StepDialogProps, 'item'> & { extension: InterviewExtension }) {
  const form = useSchemaForm<DecideDraft, typeof interviewExtensionDecideInput>(interviewExtensionDecideInput, { approved: null, note: '' } satisfies DecideDraft, (d: DecideDraft) => ({
    extensionId: extension.id,
    approved: d.approved ?? undefined,
    note: d.note,
  }));
  const { busy, problem, save } = useSave((d: InterviewDetail) => onDone(d, form.getValues('approved') ? `已同意延期至 ${extension.newDue}` : '已不同意延期'));
  const { message, fields: f } = shownProblems(form.formState.errors, problem);
  const submit = form.handleSubmit((input) => save(api.call('interviews.decideExtension', input)));
  return (
    <FormDialog open title="审批延期" submitLabel="提交审批" busy={busy} error={message} dirty={form.formState.isDirty} onSubmit={() => void submit()} onClose={onClose}>
      <Typography variant="body2" component="div">
        {extension.byName} 于 {formatTimestamp(extension.requestedAt)} 申请：期限由 <b>{extension.oldDue}</b> 延期至 <b>{extension.newDue}</b>。
        <br />
        延期理由：{extension.reason}
      </Typography>
      <Controller
        control={form.control}
        name="approved"
        render={({ field }) => (
          <FormControl required error={Boolean(f.approved)}>
            <FormLabel id="extension-decision">审批结论</FormLabel>
            <RadioGroup
              row
              aria-labelledby="extension-decision"
              value={field.value === null ? '' : field.value ? 'yes' : 'no'}
              onChange={(e) => field.onChange(e.target.value === 'yes')}
            >
              <FormControlLabel value="yes" control={<Radio />} label="同意" />
              <FormControlLabel value="no" control={<Radio />} label="不同意" />
            </RadioGroup>
            {f.approved ? <FormHelperText>{f.approved}</FormHelperText> : null}
          </FormControl>
        )}
      />
      <FormTextInput control={form.control} name="note" label="审批意见" multiline minRows={3} problem={f.note} maxChars={DECIDE_LIMITS.note} />
    </FormDialog>
  );
}
