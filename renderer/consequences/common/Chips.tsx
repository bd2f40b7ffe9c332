// Small labels of a consequence, the same wherever it appears (the period's list, its page, the
// traces): where it stands, 逾期, 已关闭, and the flags that need a person's eye — 与结果不符 (the
// result was republished since), 红色预警再次出现 (earlier items still open), 未登记主要负责人.
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Colour } from '../../../shared/integrity/index.ts';
import { formatTimestamp } from '../../../shared/kernel/dates.ts';
import type { ConsequenceRow, ConsequenceState } from '../../../shared/consequences/index.ts';

const STATE_COLOR: Record<ConsequenceState, 'default' | 'primary' | 'warning' | 'success' | 'info'> = {
  待拟制: 'warning',
  草稿: 'default',
  整改中: 'primary',
  已印发: 'primary',
  已送达: 'success',
  待安排: 'warning',
  待谈话: 'primary',
  待办结: 'primary',
  已列入: 'info',
  已完成: 'success',
  已关闭: 'default',
};

export function StateChip({ state }: { state: ConsequenceState }) {
  return <Chip size="small" label={state} color={STATE_COLOR[state]} variant="outlined" sx={{ height: 22 }} />;
}

export function OverdueChip() {
  return <Chip size="small" color="error" label="逾期" sx={{ height: 22, fontWeight: 600 }} />;
}

/** The state with 逾期 beside it when late. */
export function StateCell({ row }: { row: Pick<ConsequenceRow, 'state' | 'overdue'> }) {
  return (
    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5 }}>
      <StateChip state={row.state} />
      {row.overdue ? <OverdueChip /> : null}
    </Stack>
  );
}

const COLOUR_TONES: Record<Colour, { swatch: string; background: string; text: string }> = {
  绿: { swatch: '#2e7d32', background: '#e6f2e7', text: '#1b4d1e' },
  橙: { swatch: '#ef6c00', background: '#fff0de', text: '#7a3300' },
  红: { swatch: '#c62828', background: '#fde8e8', text: '#7f1717' },
};

/** A quarter's colour as its word on the colour's light background (never the colour alone). */
export function ColourWord({ colour, label }: { colour: Colour | null; label: string }) {
  if (colour === null) {
    return (
      <Box component="span" sx={{ px: 0.75, py: 0.125, borderRadius: 1, border: 1, borderColor: 'divider', whiteSpace: 'nowrap' }}>
        {label} 未参评
      </Box>
    );
  }
  const tone = COLOUR_TONES[colour];
  return (
    <Box
      component="span"
      sx={{
        display: 'inline-flex', alignItems: 'center', gap: 0.5, px: 0.75, py: 0.125, borderRadius: 1, whiteSpace: 'nowrap',
        bgcolor: tone.background, color: tone.text, border: 1, borderColor: tone.swatch, printColorAdjust: 'exact',
      }}
    >
      <Box component="span" aria-hidden="true" sx={{ width: 10, height: 10, borderRadius: '50%', bgcolor: tone.swatch }} />
      <span>
        {label} {colour}
      </span>
    </Box>
  );
}

/** The flags of a consequence as short lines; nothing when there are none. */
export function flagsOf(row: ConsequenceRow): string[] {
  const flags: string[] = [];
  if (row.stale !== null) flags.push(`与结果不符：${row.stale}`);
  if (row.repeatRed !== null) {
    const notices = row.repeatRed.notices.length > 0 ? `（${row.repeatRed.notices.join('、')}）` : '';
    flags.push(`红色预警再次出现：此前告知书${notices}尚有${row.repeatRed.openItems}项整改未销号`);
  }
  if (row.leaderMissing) flags.push('未登记主要负责人：请手动选择谈话对象');
  return flags;
}

export function Flags({ row }: { row: ConsequenceRow }) {
  const flags = flagsOf(row);
  if (flags.length === 0) return null;
  return (
    <Stack spacing={0.25}>
      {flags.map((f) => (
        <Typography key={f} variant="body2" sx={{ color: 'warning.main', fontWeight: 500 }}>
          {f}
        </Typography>
      ))}
    </Stack>
  );
}

/** 已关闭 with who closed it, when and why. */
export function ClosedText({ row }: { row: ConsequenceRow }) {
  if (row.closed === null) return null;
  return (
    <Typography variant="body2" color="text.secondary">
      已关闭（{row.closed.byName}，{formatTimestamp(row.closed.at)}）：{row.closed.reason}
    </Typography>
  );
}
