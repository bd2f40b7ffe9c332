// 控制性: the control points (名称, 编码, 适用单位类型, 分值) with 添加 / 删除, the shares of a
// point's value per result, the deduction per overdue rectification item, and the period.
import { useFieldArray } from 'react-hook-form';
import Stack from '@mui/material/Stack';
import { UNIT_TYPES } from '../../../../shared/registry/index.ts';
import { CHECK_RESULTS, MEASURE_PERIODS } from '../../../../shared/integrity/index.ts';
import { Section } from '../../../kit/Section.tsx';
import { DraftChoice, DraftField, DraftMultiChoice, DraftRows, useEditor } from '../fields.tsx';
import { freshKey } from '../keys.ts';

export function ControlSection() {
  const { control } = useEditor();
  const items = useFieldArray({ control, name: 'content.control.items' });
  const name = (i: number) => `控制点${i + 1}`;
  return (
    <Section title="控制性">
      <Stack spacing={2}>
        <DraftField name="content.control.total" label="控制性满分" number />
        <DraftRows
          label="控制点"
          headers={['名称', '编码', '适用单位类型', '分值']}
          ids={items.fields.map((f) => f.id)}
          rowName={name}
          row={(i) => [
            <DraftField key="name" cell width={190} name={`content.control.items.${i}.name`} label={`${name(i)} 名称`} />,
            <DraftField key="key" cell name={`content.control.items.${i}.key`} label={`${name(i)} 编码`} />,
            <DraftMultiChoice key="types" name={`content.control.items.${i}.unitTypes`} label={`${name(i)} 适用单位类型`} choices={UNIT_TYPES} />,
            <DraftField key="points" cell number name={`content.control.items.${i}.points`} label={`${name(i)} 分值`} width={90} />,
          ]}
          onAdd={() => items.append({ key: freshKey('item', items.fields), name: '', unitTypes: [], points: '0' })}
          onRemove={(i) => items.remove(i)}
        />
        <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap', rowGap: 2 }}>
          {CHECK_RESULTS.map((r) => (
            <DraftField key={r} name={`content.control.shares.${r}`} label={`${r}得分比例（%）`} number />
          ))}
          <DraftField name="content.control.overduePerItem" label="逾期整改事项扣分" number hint="每个逾期未销号的整改事项" />
          <DraftChoice name="content.control.period" label="控制性检查周期" choices={MEASURE_PERIODS} />
        </Stack>
      </Stack>
    </Section>
  );
}
