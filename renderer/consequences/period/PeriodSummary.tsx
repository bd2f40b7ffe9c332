// The period's publication (who published it, when, with which scheme version — or 尚未发布) and,
// per kind, how many consequences there are, open, overdue and no longer matching the result; each
// figure filters the list to those.
import Alert from '@mui/material/Alert';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { AWARD_LISTS, type ConsequenceFilter, type ConsequenceKind, type PeriodConsequences } from '../../../shared/consequences/index.ts';
import { periodLabel, schemeVersionLabel } from '../../../shared/integrity/index.ts';
import { formatTimestamp } from '../../../shared/kernel/dates.ts';

/** The lists stand (已列入) until closed: nothing of theirs is open or late. */
const LISTS: readonly ConsequenceKind[] = AWARD_LISTS;

interface Props {
  view: PeriodConsequences;
  onFilter(kind: ConsequenceKind, filter: ConsequenceFilter): void;
}

export function PeriodSummary({ view, onFilter }: Props) {
  const label = periodLabel(view.year, view.quarter);
  const p = view.publication;
  return (
    <Stack spacing={1} sx={{ mb: 1.5 }}>
      {p === null ? (
        <Alert severity="info" aria-label="发布情况">
          {label}廉情指数尚未发布。发布后，这里列出结果要求的预警告知书、预警建议书、廉政谈话和评先评优名单。
        </Alert>
      ) : (
        <Typography variant="body2" aria-label="发布情况">
          {label}廉情指数已发布：{p.publishedByName}，{formatTimestamp(p.publishedAt)}，评分方案 {schemeVersionLabel(p.scheme)}
          {p.reason ? `（重新发布：${p.reason}）` : ''}
        </Typography>
      )}
      {view.counts.length > 0 ? (
        <Stack direction="row" spacing={1.5} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
          {view.counts.map((c) => (
            <Paper key={c.kind} variant="outlined" role="group" aria-label={`${c.kind}统计`} sx={{ px: 1.25, py: 0.75 }}>
              <Stack direction="row" spacing={0.75} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5 }}>
                <Typography variant="body2" sx={{ fontWeight: 600 }}>
                  {c.kind}
                </Typography>
                <Chip size="small" label={`共 ${c.total}`} onClick={() => onFilter(c.kind, '全部')} />
                {LISTS.includes(c.kind) ? null : (
                  <>
                    <Chip size="small" label={`未完成 ${c.open}`} color={c.open > 0 ? 'primary' : 'default'} variant="outlined" onClick={() => onFilter(c.kind, '未完成')} />
                    <Chip
                      size="small"
                      label={`逾期 ${c.overdue}`}
                      color={c.overdue > 0 ? 'error' : 'default'}
                      variant={c.overdue > 0 ? 'filled' : 'outlined'}
                      onClick={() => onFilter(c.kind, '逾期')}
                    />
                  </>
                )}
                <Chip
                  size="small"
                  label={`与结果不符 ${c.stale}`}
                  color={c.stale > 0 ? 'warning' : 'default'}
                  variant="outlined"
                  onClick={() => onFilter(c.kind, '与结果不符')}
                />
              </Stack>
            </Paper>
          ))}
        </Stack>
      ) : null}
    </Stack>
  );
}
