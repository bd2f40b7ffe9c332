// 增列人员 on a grade-C unit's 不得评先评优 list: a person of the registry (the unit's people offered
// first) and why.
import { Controller } from 'react-hook-form';
import DialogContentText from '@mui/material/DialogContentText';
import { addListPersonInput, type ConsequenceDetail } from '../../../shared/consequences/index.ts';
import { api } from '../../api/client.ts';
import { FormDialog } from '../../kit/forms/FormDialog.tsx';
import { FormTextInput } from '../../kit/forms/FormTextInput.tsx';
import { useSave } from '../../kit/forms/useSave.ts';
import { shownProblems, useSchemaForm } from '../../kit/forms/useSchemaForm.ts';
import { PersonPicker, type PickedPerson } from '../../registry/index.ts';

interface Draft {
  personId: PickedPerson | null;
  reason: string;
}

/** The list entry's consequence: its id and unit. */
export interface ListTarget {
  id: number;
  unitId: number;
  unitName: string;
  year: number;
}

interface Props {
  detail: ListTarget;
  onDone(detail: ConsequenceDetail): void;
  onClose(): void;
}

export function AddPersonDialog({ detail, onDone, onClose }: Props) {
  const form = useSchemaForm(addListPersonInput, { personId: null, reason: '' } satisfies Draft, (d: Draft) => ({
    id: detail.id,
    personId: d.personId?.id,
    reason: d.reason,
  }));
  const { busy, problem, save } = useSave(onDone);
  const { message, fields } = shownProblems(form.formState.errors, problem);
  const submit = form.handleSubmit((input) => save(api.call('consequences.addListPerson', input)));
  return (
    <FormDialog open title="增列人员" submitLabel="增列" busy={busy} error={message} dirty={form.formState.isDirty} onSubmit={() => void submit()} onClose={onClose}>
      <DialogContentText>
        列入{detail.unitName}{detail.year}年度不得评先评优名单的人员，须写明理由。
      </DialogContentText>
      <Controller
        control={form.control}
        name="personId"
        render={({ field }) => (
          <PersonPicker label="人员" value={field.value} onChange={field.onChange} unitId={detail.unitId} error={fields['personId']} helperText="列出该单位的在职人员，可输入姓名查找" />
        )}
      />
      <FormTextInput control={form.control} name="reason" label="列入理由" required multiline minRows={2} problem={fields['reason']} maxChars={500} />
    </FormDialog>
  );
}
