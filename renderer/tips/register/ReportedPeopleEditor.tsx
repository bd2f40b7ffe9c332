// 被反映人: one row per person — the name (from the registry or typed), 单位, 职务, 身份类别.
// Choosing a registry person fills the rest of the row; every field stays editable.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import { PERSON_CATEGORIES } from '../../../shared/registry/index.ts';
import { ChoiceField } from '../../kit/ChoiceField.tsx';
import { FormTextField } from '../../kit/forms/FormTextField.tsx';
import { PersonNameField } from './PersonNameField.tsx';
import { UnitNameField } from './UnitNameField.tsx';
import { emptyPerson, type PersonDraft } from './registerDraft.ts';

const MAX_PEOPLE = 20;

interface Props {
  people: PersonDraft[];
  onChange(people: PersonDraft[]): void;
  problems: Map<number, Record<string, string>>;
  /** A message about the people as a whole (e.g. none given). */
  problem?: string | undefined;
}

export function ReportedPeopleEditor({ people, onChange, problems, problem }: Props) {
  const update = (key: number, change: Partial<PersonDraft>) =>
    onChange(people.map((p) => (p.key === key ? { ...p, ...change } : p)));

  return (
    <Stack spacing={1.5}>
      {people.map((p, i) => {
        const f = problems.get(p.key) ?? {};
        return (
          <Box
            key={p.key}
            role="group"
            aria-label={`第${i + 1}名被反映人`}
            sx={{ display: 'grid', gridTemplateColumns: '1.1fr 1.4fr 1fr 130px 40px', gap: 1.5, alignItems: 'start' }}
          >
            <PersonNameField
              name={p.name}
              fromRegistry={p.personId !== null}
              onType={(name) => update(p.key, { name, personId: null })}
              onPick={(person) =>
                update(p.key, {
                  personId: person.id,
                  name: person.name,
                  unitId: person.unitId,
                  unitName: person.unitName,
                  post: person.post,
                  category: person.category,
                })
              }
              problem={f.name ?? f.personId}
            />
            <UnitNameField
              unitName={p.unitName}
              onType={(unitName) => update(p.key, { unitName, unitId: null })}
              onPick={(unit) => update(p.key, { unitId: unit.id, unitName: unit.name })}
              problem={f.unitName ?? f.unitId}
            />
            <FormTextField label="职务" value={p.post} onChange={(e) => update(p.key, { post: e.target.value })} problem={f.post} />
            <ChoiceField
              label="身份类别"
              value={p.category}
              choices={PERSON_CATEGORIES}
              onChange={(category) => update(p.key, { category })}
              error={f.category}
            />
            <IconButton
              aria-label={`删除第${i + 1}名被反映人`}
              onClick={() => onChange(people.length > 1 ? people.filter((x) => x.key !== p.key) : [emptyPerson()])}
              sx={{ mt: 0.25 }}
            >
              <DeleteOutlineIcon fontSize="small" />
            </IconButton>
          </Box>
        );
      })}
      {problem ? (
        <Typography variant="caption" color="error" role="alert">
          {problem}
        </Typography>
      ) : null}
      <Box>
        <Button size="small" startIcon={<AddIcon />} disabled={people.length >= MAX_PEOPLE} onClick={() => onChange([...people, emptyPerson()])}>
          添加被反映人
        </Button>
      </Box>
    </Stack>
  );
}
