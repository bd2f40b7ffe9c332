// 新增人员 / 编辑人员. Editing sends the version read (optimistic concurrency).
import { useState } from 'react';
import MenuItem from '@mui/material/MenuItem';
import {
  PERSON_CATEGORIES, personCreateInput, personUpdateInput, RANKS, type PersonCategory, type PersonRow, type Rank,
} from '../../../shared/registry/people.ts';
import { api } from '../../api/client.ts';
import { ChoiceField } from '../../kit/ChoiceField.tsx';
import { UnitPicker, type PickedUnit } from '../UnitPicker.tsx';
import { FormDialog } from '../../kit/forms/FormDialog.tsx';
import { useSave } from '../../kit/forms/useSave.ts';
import { validate } from '../../kit/forms/validate.ts';
import { FormTextField } from '../../kit/forms/FormTextField.tsx';

interface Props {
  person: PersonRow | null;
  onSaved(person: PersonRow): void;
  onClose(): void;
}

type YesNo = '是' | '否' | '';

export function PersonFormDialog({ person, onSaved, onClose }: Props) {
  const [name, setName] = useState(person?.name ?? '');
  const [unit, setUnit] = useState<PickedUnit | null>(person ? { id: person.unitId, name: person.unitName } : null);
  const [post, setPost] = useState(person?.post ?? '');
  const [rank, setRank] = useState<Rank | ''>(person?.rank ?? '');
  const [party, setParty] = useState<YesNo>(person ? (person.partyMember ? '是' : '否') : '');
  const [category, setCategory] = useState<PersonCategory | ''>(person?.category ?? '');
  const { busy, problem, setProblem, save } = useSave(onSaved);

  const submit = () => {
    const draft = {
      name,
      unitId: unit?.id,
      post,
      rank: rank || undefined,
      partyMember: party === '' ? undefined : party === '是',
      category: category || undefined,
    };
    let saving: Promise<PersonRow>;
    if (person) {
      const checked = validate(personUpdateInput, { ...draft, id: person.id, version: person.version });
      if (!checked.ok) return setProblem(checked.problem);
      saving = api.call('people.update', checked.data);
    } else {
      const checked = validate(personCreateInput, draft);
      if (!checked.ok) return setProblem(checked.problem);
      saving = api.call('people.create', checked.data);
    }
    save(saving);
  };

  const f = problem?.fields ?? {};
  return (
    <FormDialog open title={person ? '编辑人员' : '新增人员'} busy={busy} error={problem?.message} onSubmit={submit} onClose={onClose}>
      <FormTextField
        label="姓名"
        value={name}
        onChange={(e) => setName(e.target.value)}
        required
        autoFocus
        problem={f.name}
      />
      <UnitPicker label="所在单位" value={unit} onChange={setUnit} required error={f.unitId} helperText="输入单位名称中的文字查找" />
      <FormTextField
        label="职务"
        value={post}
        onChange={(e) => setPost(e.target.value)}
        required
        problem={f.post}
      />
      <ChoiceField label="职级" value={rank} choices={RANKS} onChange={setRank} error={f.rank} />
      <FormTextField select required label="是否中共党员" value={party} onChange={(e) => setParty(e.target.value as YesNo)} problem={f.partyMember}>
        <MenuItem value="是">是</MenuItem>
        <MenuItem value="否">否</MenuItem>
      </FormTextField>
      <ChoiceField label="身份类别" value={category} choices={PERSON_CATEGORIES} onChange={setCategory} error={f.category} />
    </FormDialog>
  );
}
