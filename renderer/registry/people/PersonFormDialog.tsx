// 新增人员 / 编辑人员, on react-hook-form with the contract's schema. Editing sends the version
// read (optimistic concurrency).
import { Controller } from 'react-hook-form';
import MenuItem from '@mui/material/MenuItem';
import { PERSON_CATEGORIES, personCreateInput, RANKS, type PersonCategory, type PersonRow, type Rank } from '../../../shared/registry/people.ts';
import { api } from '../../api/client.ts';
import { ChoiceField } from '../../kit/ChoiceField.tsx';
import { UnitPicker, type PickedUnit } from '../UnitPicker.tsx';
import { FormDialog } from '../../kit/forms/FormDialog.tsx';
import { FormTextInput } from '../../kit/forms/FormTextInput.tsx';
import { limitsOf } from '../../kit/forms/limits.ts';
import { useSave } from '../../kit/forms/useSave.ts';
import { shownProblems, useSchemaForm } from '../../kit/forms/useSchemaForm.ts';

interface Props {
  person: PersonRow | null;
  onSaved(person: PersonRow): void;
  onClose(): void;
}

type YesNo = '是' | '否' | '';

interface PersonDraft {
  name: string;
  idNumber: string;
  unit: PickedUnit | null;
  post: string;
  rank: Rank | '';
  party: YesNo;
  category: PersonCategory | '';
}

const LIMITS = limitsOf(personCreateInput);

export function PersonFormDialog({ person, onSaved, onClose }: Props) {
  // The fields are checked by the schema they share; editing adds the id and the version read.
  const form = useSchemaForm(
    personCreateInput,
    {
      name: person?.name ?? '',
      idNumber: person?.idNumber ?? '',
      unit: person ? { id: person.unitId, name: person.unitName } : null,
      post: person?.post ?? '',
      rank: person?.rank ?? '',
      party: person ? (person.partyMember ? '是' : '否') : '',
      category: person?.category ?? '',
    } satisfies PersonDraft,
    (d: PersonDraft) => ({
      name: d.name,
      idNumber: d.idNumber,
      unitId: d.unit?.id,
      post: d.post,
      rank: d.rank || undefined,
      partyMember: d.party === '' ? undefined : d.party === '是',
      category: d.category || undefined,
    }),
  );
  const { busy, problem: saveProblem, save } = useSave(onSaved);
  const { message, fields: f } = shownProblems(form.formState.errors, saveProblem);

  const submit = form.handleSubmit((input) =>
    save(person ? api.call('people.update', { ...input, id: person.id, version: person.version }) : api.call('people.create', input)),
  );

  return (
    <FormDialog
      open
      title={person ? '编辑人员' : '新增人员'}
      busy={busy}
      error={message}
      dirty={form.formState.isDirty}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <FormTextInput control={form.control} name="name" label="姓名" required autoFocus problem={f.name} maxChars={LIMITS.name} />
      <Controller
        control={form.control}
        name="unit"
        render={({ field }) => (
          <UnitPicker label="所在单位" value={field.value} onChange={field.onChange} required error={f.unitId} helperText="输入单位名称中的文字查找" />
        )}
      />
      <FormTextInput control={form.control} name="idNumber" label="身份证号" problem={f.idNumber} maxChars={18}
        hint="可不填；同一单位有同名的在职人员时必须填写，用来区分两人" />
      <FormTextInput control={form.control} name="post" label="职务" required problem={f.post} maxChars={LIMITS.post} />
      <Controller
        control={form.control}
        name="rank"
        render={({ field }) => <ChoiceField label="职级" value={field.value} choices={RANKS} onChange={field.onChange} error={f.rank} />}
      />
      <FormTextInput control={form.control} name="party" select required label="是否中共党员" problem={f.partyMember}>
        <MenuItem value="是">是</MenuItem>
        <MenuItem value="否">否</MenuItem>
      </FormTextInput>
      <Controller
        control={form.control}
        name="category"
        render={({ field }) => <ChoiceField label="身份类别" value={field.value} choices={PERSON_CATEGORIES} onChange={field.onChange} error={f.category} />}
      />
    </FormDialog>
  );
}
