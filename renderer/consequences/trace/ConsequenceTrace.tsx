// 预警来源, on the pages of what a consequence made (a rectification item, a talk, a 预警告知书 or
// 预警建议书): 由2026年第3季度廉情指数（某村，红色 58.00分）产生, the score line the record was drafted
// from (or the result's lines behind it) with their records, and links to the consequence and to the
// unit's 廉情指数. Nothing is shown for a record no consequence made, or to a role that may not read it.
import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { TraceInput } from '../../../shared/consequences/index.ts';
import { useOp } from '../../api/query.ts';
import { canCall } from '../../app/permissions.ts';
import { useSession } from '../../app/session.ts';
import { Section } from '../../kit/Section.tsx';
import { LinesTable } from '../common/LinesTable.tsx';
import { consequencePath, href, unitIndexPath } from '../common/routes.ts';
import { originText } from '../common/words.ts';

/** Exactly one of the records a consequence may have made. */
export type TraceOf = { rectItemId: number } | { interviewId: number } | { documentId: number };

/**
 * `compact`: on a page whose own content comes first (a 公文 beside its preview) — the lines behind
 * it shown on asking, and a margin below (the page's parts are not spaced by a stack).
 */
export function ConsequenceTrace({ compact = false, ...of }: TraceOf & { compact?: boolean }) {
  const { user } = useSession();
  const [shown, setShown] = useState(!compact);
  const may = canCall(user.role, 'consequences.trace');
  const input: TraceInput = of;
  const trace = useOp('consequences.trace', input, { enabled: may });
  const t = trace.data;
  if (!may || !t) return null;
  const c = t.consequence;
  const at = { year: c.year, quarter: c.quarter, unitType: c.unitType };
  const lines = t.line ? [t.line] : t.lines;
  const section = (
    <Section title="预警来源">
      <Stack spacing={1}>
        <Typography variant="body2" aria-label="预警来源说明">
          {originText(c)}（{c.kind}：{c.basis}）
        </Typography>
        {lines.length > 0 && shown ? <LinesTable label={t.line ? '来源明细' : '依据明细'} lines={lines} at={at} empty="" /> : null}
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
          {lines.length > 0 && compact ? (
            <Button size="small" aria-expanded={shown} onClick={() => setShown(!shown)}>
              {shown ? '收起依据明细' : `依据明细（${lines.length}条）`}
            </Button>
          ) : null}
          <Link href={href(consequencePath(c.id))}>查看预警事项</Link>
          {canCall(user.role, 'integrity.unit') ? <Link href={href(unitIndexPath(c.unitId, c.year))}>查看单位廉情指数</Link> : null}
        </Stack>
      </Stack>
    </Section>
  );
  return compact ? <Box sx={{ mb: 1.5 }}>{section}</Box> : section;
}
