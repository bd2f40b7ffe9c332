// 激励性: the bonus kinds (名称, 编码, 分值) and the most a unit gets in a quarter.
import { useFieldArray } from 'react-hook-form';
import Stack from '@mui/material/Stack';
import { Section } from '../../../kit/Section.tsx';
import { DraftField, DraftRows, useEditor } from '../fields.tsx';
import { freshKey } from '../keys.ts';

export function IncentiveSection() {
  const { control } = useEditor();
  const kinds = useFieldArray({ control, name: 'content.bonus.kinds' });
  const kind = (i: number) => `加分项${i + 1}`;
  return (
    <Section title="激励性">
      <Stack spacing={2}>
        <DraftRows
          label="加分项"
          headers={['名称', '编码', '分值']}
          ids={kinds.fields.map((f) => f.id)}
          rowName={kind}
          row={(i) => [
            <DraftField key="name" cell width={190} name={`content.bonus.kinds.${i}.name`} label={`${kind(i)} 名称`} />,
            <DraftField key="key" cell name={`content.bonus.kinds.${i}.key`} label={`${kind(i)} 编码`} />,
            <DraftField key="points" cell number name={`content.bonus.kinds.${i}.points`} label={`${kind(i)} 分值`} width={90} />,
          ]}
          onAdd={() => kinds.append({ key: freshKey('bonus', kinds.fields), name: '', points: '1' })}
          onRemove={(i) => kinds.remove(i)}
        />
        <DraftField name="content.bonus.cap" label="每季度加分上限" number />
      </Stack>
    </Section>
  );
}
