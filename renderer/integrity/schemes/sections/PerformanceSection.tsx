// 绩效: the per-capita cost measure's bands (偏离度上限（%）/ 得分, first band that holds) and what a
// deviation above them gives; the saving-rate measure's bands (偏离下限（百分点）/ 得分) and below them;
// the period.
import { useFieldArray } from 'react-hook-form';
import Stack from '@mui/material/Stack';
import { MEASURE_PERIODS } from '../../../../shared/integrity/index.ts';
import { Section } from '../../../kit/Section.tsx';
import { DraftChoice, DraftField, DraftRows, useEditor } from '../fields.tsx';

export function PerformanceSection() {
  const { control } = useEditor();
  const cost = useFieldArray({ control, name: 'content.performance.costBands' });
  const saving = useFieldArray({ control, name: 'content.performance.savingBands' });
  const costRow = (i: number) => `成本档次${i + 1}`;
  const savingRow = (i: number) => `节约率档次${i + 1}`;
  return (
    <Section title="绩效">
      <Stack spacing={2}>
        <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap', rowGap: 2 }}>
          <DraftField name="content.performance.total" label="绩效满分" number />
          <DraftChoice name="content.performance.period" label="行政成本周期" choices={MEASURE_PERIODS} />
        </Stack>
        <DraftField name="content.performance.costName" label="成本指标名称" width={240} />
        <DraftRows
          label="成本档次"
          headers={['偏离度上限（%）', '得分']}
          ids={cost.fields.map((f) => f.id)}
          rowName={costRow}
          min={1}
          row={(i) => [
            <DraftField key="upTo" cell number name={`content.performance.costBands.${i}.upTo`} label={`${costRow(i)} 偏离度上限（%）`} width={140} />,
            <DraftField key="points" cell number name={`content.performance.costBands.${i}.points`} label={`${costRow(i)} 得分`} width={90} />,
          ]}
          onAdd={() => cost.append({ upTo: '', points: '0' })}
          onRemove={(i) => cost.remove(i)}
        />
        <DraftField name="content.performance.costOtherwise" label="超出各档次的得分" number width={200} />
        <DraftField name="content.performance.savingName" label="节约率指标名称" width={240} />
        <DraftRows
          label="节约率档次"
          headers={['偏离下限（百分点）', '得分']}
          ids={saving.fields.map((f) => f.id)}
          rowName={savingRow}
          min={1}
          row={(i) => [
            <DraftField key="atLeast" cell number name={`content.performance.savingBands.${i}.atLeast`} label={`${savingRow(i)} 偏离下限（百分点）`} width={140} />,
            <DraftField key="points" cell number name={`content.performance.savingBands.${i}.points`} label={`${savingRow(i)} 得分`} width={90} />,
          ]}
          onAdd={() => saving.append({ atLeast: '', points: '0' })}
          onRemove={(i) => saving.remove(i)}
        />
        <DraftField name="content.performance.savingOtherwise" label="低于各档次的得分" number width={200} />
      </Stack>
    </Section>
  );
}
