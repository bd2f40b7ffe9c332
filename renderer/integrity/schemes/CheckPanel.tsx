// 检查结果, live as the scheme is edited: first what the form's own checks find (a figure that is
// not a number …), then the whole-scheme checks (shared/integrity/schemeRules.ts) — each part's
// sum per unit type against its total. A draft may be saved with problems; it is enabled without.
import { useWatch } from 'react-hook-form';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { formatPoints, schemeContentSchema, toHundredths } from '../../../shared/integrity/index.ts';
import { schemeProblems, schemeSums, type SchemeSums } from '../../../shared/integrity/schemeRules.ts';
import { Section } from '../../kit/Section.tsx';
import { useEditor } from './fields.tsx';
import { contentOfDraft } from './schemeDraft.ts';

const MAX_SHOWN = 12;

function List({ items }: { items: readonly string[] }) {
  const shown = items.slice(0, MAX_SHOWN);
  return (
    <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
      {shown.map((p) => (
        <li key={p}>{p}</li>
      ))}
      {items.length > shown.length ? <li>……另有{items.length - shown.length}处</li> : null}
    </Box>
  );
}

function Sums({ sums, totals }: { sums: SchemeSums; totals: { control: number; participation: number; performance: number } }) {
  const p = (h: number) => formatPoints(h);
  const mark = (a: number, b: number) => (a === b ? '' : '（不相等）');
  return (
    <Box component="dl" aria-label="各部分合计" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 0.5, m: 0, fontSize: 14 }}>
      {sums.control.map((c) => (
        <Box key={c.unitType} sx={{ display: 'contents' }}>
          <dt>控制性·{c.unitType}</dt>
          <Box component="dd" sx={{ m: 0 }}>
            控制点合计{p(c.points)}分 / 满分{p(totals.control)}分{mark(c.points, totals.control)}
          </Box>
        </Box>
      ))}
      {sums.withoutControl.length > 0 ? (
        <Box sx={{ display: 'contents' }}>
          <dt>控制性·无控制点</dt>
          <Box component="dd" sx={{ m: 0 }}>
            {sums.withoutControl.join('、')}（按控制性满分计）
          </Box>
        </Box>
      ) : null}
      <dt>主体性</dt>
      <Box component="dd" sx={{ m: 0 }}>
        调查{p(sums.surveys)}分 + 监督渠道{p(sums.channels)}分 = {p(sums.surveys + sums.channels)}分 / 满分{p(totals.participation)}分
        {mark(sums.surveys + sums.channels, totals.participation)}
      </Box>
      <dt>绩效</dt>
      <Box component="dd" sx={{ m: 0 }}>
        成本最高{p(sums.costMax)}分 + 节约率最高{p(sums.savingMax)}分 = {p(sums.costMax + sums.savingMax)}分 / 满分{p(totals.performance)}分
        {mark(sums.costMax + sums.savingMax, totals.performance)}
      </Box>
      <dt>三项满分合计</dt>
      <Box component="dd" sx={{ m: 0 }}>
        {p(sums.totals)}分 / 100分{mark(sums.totals, 10000)}
      </Box>
    </Box>
  );
}

export function CheckPanel() {
  const { control, frozen } = useEditor();
  const draft = useWatch({ control, name: 'content' });
  const parsed = schemeContentSchema.safeParse(contentOfDraft(draft));
  if (!parsed.success) {
    const messages = [...new Set(parsed.error.issues.map((i) => i.message))];
    return (
      <Section title="检查结果">
        <Alert severity="warning" role="status">
          表单中有{messages.length}处填写有误（见各栏提示），改正后再检查各部分合计：
          <List items={messages} />
        </Alert>
      </Section>
    );
  }
  const content = parsed.data;
  const problems = schemeProblems(content);
  const h = (v: number) => toHundredths(v) ?? 0;
  return (
    <Section title="检查结果">
      {problems.length === 0 ? (
        <Alert severity="success" role="status" sx={{ mb: 1.5 }}>
          {frozen ? '检查通过。' : '检查通过，保存后可以启用。'}
        </Alert>
      ) : (
        <Alert severity="warning" role="status" sx={{ mb: 1.5 }}>
          <Typography variant="body2" sx={{ mb: 0.5 }}>
            有{problems.length}处需要改正后才能启用（草稿可以先保存）：
          </Typography>
          <List items={problems} />
        </Alert>
      )}
      <Sums
        sums={schemeSums(content)}
        totals={{ control: h(content.control.total), participation: h(content.participation.total), performance: h(content.performance.total) }}
      />
    </Section>
  );
}
