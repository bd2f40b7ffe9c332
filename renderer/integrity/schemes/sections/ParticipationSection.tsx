// 主体性: the surveys (名称, 编码, 分值) and their period; the supervision channels (分值, 每条发现问题
// 扣分); which channel the tips feed (信访渠道) and what a substantiated tip deducts there.
import { useFieldArray, useWatch } from 'react-hook-form';
import Stack from '@mui/material/Stack';
import { MEASURE_PERIODS } from '../../../../shared/integrity/index.ts';
import { Section } from '../../../kit/Section.tsx';
import { DraftChoice, DraftField, DraftRows, useEditor } from '../fields.tsx';
import { freshKey } from '../keys.ts';

export function ParticipationSection() {
  const { control } = useEditor();
  const surveys = useFieldArray({ control, name: 'content.participation.surveys' });
  const channels = useFieldArray({ control, name: 'content.participation.channels' });
  const channelValues = useWatch({ control, name: 'content.participation.channels' });
  const survey = (i: number) => `调查${i + 1}`;
  const channel = (i: number) => `监督渠道${i + 1}`;
  return (
    <Section title="主体性">
      <Stack spacing={2}>
        <DraftField name="content.participation.total" label="主体性满分" number />
        <DraftRows
          label="满意度调查"
          headers={['名称', '编码', '分值']}
          ids={surveys.fields.map((f) => f.id)}
          rowName={survey}
          row={(i) => [
            <DraftField key="name" cell width={190} name={`content.participation.surveys.${i}.name`} label={`${survey(i)} 名称`} />,
            <DraftField key="key" cell name={`content.participation.surveys.${i}.key`} label={`${survey(i)} 编码`} />,
            <DraftField key="points" cell number name={`content.participation.surveys.${i}.points`} label={`${survey(i)} 分值`} width={90} />,
          ]}
          onAdd={() => surveys.append({ key: freshKey('survey', surveys.fields), name: '', points: '0' })}
          onRemove={(i) => surveys.remove(i)}
        />
        <DraftChoice name="content.participation.surveyPeriod" label="调查周期" choices={MEASURE_PERIODS} />
        <DraftRows
          label="监督渠道"
          headers={['名称', '编码', '分值', '每条发现问题扣分']}
          ids={channels.fields.map((f) => f.id)}
          rowName={channel}
          row={(i) => [
            <DraftField key="name" cell width={190} name={`content.participation.channels.${i}.name`} label={`${channel(i)} 名称`} />,
            <DraftField key="key" cell name={`content.participation.channels.${i}.key`} label={`${channel(i)} 编码`} />,
            <DraftField key="points" cell number name={`content.participation.channels.${i}.points`} label={`${channel(i)} 分值`} width={90} />,
            <DraftField key="per" cell number name={`content.participation.channels.${i}.perFinding`} label={`${channel(i)} 每条发现问题扣分`} width={120} />,
          ]}
          onAdd={() => channels.append({ key: freshKey('channel', channels.fields), name: '', points: '0', perFinding: '1' })}
          onRemove={(i) => channels.remove(i)}
        />
        <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap', rowGap: 2 }}>
          <DraftChoice
            name="content.participation.tipChannel"
            label="信访渠道"
            width={200}
            choices={(channelValues ?? []).map((c) => ({ value: c.key, label: `${c.name || '（未命名）'}（${c.key}）` }))}
          />
          <DraftField name="content.participation.perTip" label="每件查实信访件扣分" number />
        </Stack>
      </Stack>
    </Section>
  );
}
