// 廉勤性: the deduction table (处理结果, 处分档次, 扣分, 一票否决) and the multipliers by 身份类别,
// by 情节 and for conduct of earlier years.
import { useFieldArray, useWatch } from 'react-hook-form';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { CIRCUMSTANCES, OUTCOME_GRADES, type Outcome } from '../../../../shared/tips/index.ts';
import { EVENT_OUTCOMES } from '../../../../shared/integrity/index.ts';
import { Section } from '../../../kit/Section.tsx';
import { DraftCheck, DraftChoice, DraftField, DraftRows, useEditor } from '../fields.tsx';

const SUBJECTS = ['主要负责人', '班子成员', '一般干部'] as const;

/** The grades a row may take: its outcome's, or none (''); the current value stays listed so it shows. */
function gradeChoices(outcome: string, current: string): Array<{ value: string; label: string }> {
  const grades = OUTCOME_GRADES[outcome as Outcome];
  const list = grades ? [...grades] : [''];
  if (!list.includes(current)) list.unshift(current);
  return list.map((g) => ({ value: g, label: g === '' ? '（无档次）' : g }));
}

export function IntegritySection() {
  const { control } = useEditor();
  const rows = useFieldArray({ control, name: 'content.integrity.deductions' });
  const values = useWatch({ control, name: 'content.integrity.deductions' });
  const row = (i: number) => `扣分项${i + 1}`;
  return (
    <Section title="廉勤性">
      <Stack spacing={2}>
        <DraftRows
          label="扣分项"
          headers={['处理结果', '处分档次', '扣分', '一票否决']}
          ids={rows.fields.map((f) => f.id)}
          rowName={row}
          min={1}
          row={(i) => [
            <DraftChoice key="outcome" cell name={`content.integrity.deductions.${i}.outcome`} label={`${row(i)} 处理结果`} choices={EVENT_OUTCOMES} width={140} />,
            <DraftChoice
              key="grade"
              cell
              name={`content.integrity.deductions.${i}.grade`}
              label={`${row(i)} 处分档次`}
              width={150}
              choices={gradeChoices(values?.[i]?.outcome ?? '', values?.[i]?.grade ?? '')}
            />,
            <DraftField key="points" cell number name={`content.integrity.deductions.${i}.points`} label={`${row(i)} 扣分`} width={90} />,
            <DraftCheck key="veto" cell name={`content.integrity.deductions.${i}.veto`} label={`${row(i)} 一票否决`} />,
          ]}
          onAdd={() => rows.append({ outcome: '诫勉', grade: '', points: '0', veto: false })}
          onRemove={(i) => rows.remove(i)}
        />
        <Typography variant="subtitle2" component="h3">
          身份系数
        </Typography>
        <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap', rowGap: 2 }}>
          {SUBJECTS.map((s) => (
            <DraftField key={s} name={`content.integrity.subject.${s}`} label={`${s}系数`} number />
          ))}
        </Stack>
        <Typography variant="subtitle2" component="h3">
          情节系数
        </Typography>
        <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap', rowGap: 2 }}>
          {CIRCUMSTANCES.map((c) => (
            <DraftField key={c} name={`content.integrity.circumstance.${c}`} label={`${c}系数`} number />
          ))}
        </Stack>
        <DraftField name="content.integrity.earlierConduct" label="以前年度行为系数" number hint="行为发生在评分年度1月1日之前" width={240} />
      </Stack>
    </Section>
  );
}
