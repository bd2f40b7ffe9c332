// 登记送达: the day the unit received its 预警建议书 (today by default) and a note.
import { Controller } from 'react-hook-form';
import DialogContentText from '@mui/material/DialogContentText';
import { deliveryInput, type ConsequenceDetail, type ConsequenceRow } from '../../../shared/consequences/index.ts';
import { api } from '../../api/client.ts';
import { useToday } from '../../app/session.ts';
import { DateInput } from '../../kit/DateInput.tsx';
import { FormDialog } from '../../kit/forms/FormDialog.tsx';
import { FormTextInput } from '../../kit/forms/FormTextInput.tsx';
import { limitsOf } from '../../kit/forms/limits.ts';
import { useSave } from '../../kit/forms/useSave.ts';
import { shownProblems, useSchemaForm } from '../../kit/forms/useSchemaForm.ts';

const LIMITS = limitsOf(deliveryInput);

interface Draft {
  date: string;
  note: string;
}

interface Props {
  row: ConsequenceRow;
  onDone(detail: ConsequenceDetail): void;
  onClose(): void;
}

export function DeliveryDialog({ row, onDone, onClose }: Props) {
  const today = useToday();
  const form = useSchemaForm(deliveryInput, { date: today, note: '' } satisfies Draft, (d: Draft) => ({ id: row.id, date: d.date, note: d.note }));
  const { busy, problem, save } = useSave(onDone);
  const { message, fields } = shownProblems(form.formState.errors, problem);
  const submit = form.handleSubmit((input) => save(api.call('consequences.recordDelivery', input)));
  return (
    <FormDialog open title="登记送达" submitLabel="登记" busy={busy} error={message} dirty={form.formState.isDirty} onSubmit={() => void submit()} onClose={onClose}>
      <DialogContentText>
        {row.unitName}：{row.document?.number ?? row.document?.title ?? '预警建议书'}
      </DialogContentText>
      <Controller
        control={form.control}
        name="date"
        render={({ field }) => <DateInput label="送达日期" value={field.value} onChange={field.onChange} problem={fields['date']} required max={today} autoFocus />}
      />
      <FormTextInput control={form.control} name="note" label="送达说明" problem={fields['note']} maxChars={LIMITS['note']} hint="如：由联系干部当面送达，单位办公室签收" />
    </FormDialog>
  );
}
