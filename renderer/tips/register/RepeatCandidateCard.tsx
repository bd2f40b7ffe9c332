// One suggested earlier tip: number, date, summary, score and why it was suggested, with the
// clerk's two answers.
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { RepeatCandidate } from '../../../shared/tips/register.ts';
import { TipStatusChip } from '../common/TipChips.tsx';

interface Props {
  candidate: RepeatCandidate;
  linked: boolean;
  onLink(): void;
  onUnlink(): void;
  onDismiss(): void;
}

export function RepeatCandidateCard({ candidate: c, linked, onLink, onUnlink, onDismiss }: Props) {
  return (
    <Paper
      variant="outlined"
      role="listitem"
      aria-label={c.number}
      sx={{ p: 1.25, borderColor: linked ? 'secondary.main' : undefined, borderWidth: linked ? 2 : 1 }}
    >
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5, whiteSpace: 'nowrap' }}>
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {c.number}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {c.receivedDate}
        </Typography>
        <TipStatusChip status={c.status} />
        <Typography variant="body2" sx={{ ml: 'auto !important', fontWeight: 600 }} title="相似程度（0–100）">
          相似度 {c.score}
        </Typography>
      </Stack>
      <Typography variant="body2" sx={{ mt: 0.75 }}>
        {c.summary}
      </Typography>
      <Stack direction="row" spacing={0.5} sx={{ mt: 0.75, flexWrap: 'wrap', rowGap: 0.5 }}>
        {c.reasons.map((r) => (
          <Chip key={r} label={r} size="small" variant="outlined" sx={{ height: 22 }} />
        ))}
        {c.repeatOf !== null ? <Chip label="该件本身是重复件，将关联到其原件" size="small" sx={{ height: 22 }} /> : null}
      </Stack>
      <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
        {linked ? (
          <>
            <Chip label="已关联为重复件" color="secondary" size="small" />
            <Button size="small" onClick={onUnlink}>
              取消关联
            </Button>
          </>
        ) : (
          <>
            <Button size="small" variant="outlined" color="secondary" onClick={onLink}>
              关联为重复件
            </Button>
            <Button size="small" onClick={onDismiss}>
              不是重复件
            </Button>
          </>
        )}
      </Stack>
    </Paper>
  );
}
