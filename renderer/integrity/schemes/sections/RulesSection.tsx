// 分数线 and the rules around them: the colours' and grades' lines, the main-leader rule, and what
// a survey or cost figure without data counts as.
import Stack from '@mui/material/Stack';
import { MISSING_POLICIES } from '../../../../shared/integrity/index.ts';
import { Section } from '../../../kit/Section.tsx';
import { DraftCheck, DraftField, DraftRadios } from '../fields.tsx';

export function RulesSection() {
  return (
    <Section title="分数线和规则">
      <Stack spacing={2}>
        <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap', rowGap: 2 }}>
          <DraftField name="content.thresholds.green" label="绿色分数线" number hint="季度得分不低于此为绿" />
          <DraftField name="content.thresholds.orange" label="橙色分数线" number hint="不低于此为橙，否则为红" />
          <DraftField name="content.thresholds.gradeA" label="A级分数线" number hint="年度指数不低于此为A" />
          <DraftField name="content.thresholds.gradeB" label="B级分数线" number hint="不低于此为B，否则为C" />
        </Stack>
        <DraftCheck name="content.mainLeaderRule" label="主要负责人规则：本季度主要负责人有查实信访件或处理记录的单位，至少为橙色" />
        <DraftRadios name="content.missing.survey" label="无调查数据时" choices={MISSING_POLICIES} />
        <DraftRadios name="content.missing.cost" label="无成本数据时" choices={MISSING_POLICIES} />
      </Stack>
    </Section>
  );
}
