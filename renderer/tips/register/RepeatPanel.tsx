// 可能的重复件: earlier tips about the same people or units, or with similar text, best match
// first. The clerk links the new tip to one of them (重复件) or sets suggestions aside.
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { RepeatCandidate } from '../../../shared/tips/register.ts';
import { RepeatCandidateCard } from './RepeatCandidateCard.tsx';
import type { RepeatState } from './useRepeatCandidates.ts';

interface Props {
  state: RepeatState;
  linked: RepeatCandidate | null;
  dismissed: number[];
  onLink(candidate: RepeatCandidate | null): void;
  onDismissed(ids: number[]): void;
}

export function RepeatPanel({ state, linked, dismissed, onLink, onDismissed }: Props) {
  const others = state.candidates.filter((c) => c.id !== linked?.id && !dismissed.includes(c.id));
  const shown = linked ? [linked, ...others] : others;
  return (
    <Paper variant="outlined" component="section" aria-labelledby="repeat-panel-title" sx={{ p: 1.5 }}>
      <Typography id="repeat-panel-title" variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
        可能的重复件
      </Typography>
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 1 }}>
        填写被反映人、被反映单位或问题摘要后，自动查找此前反映同一人、同一单位或内容相似的信访件。
      </Typography>
      {state.loading ? <LinearProgress aria-label="正在查找相似的信访件" sx={{ mb: 1 }} /> : null}
      {state.error ? (
        <Alert severity="warning" sx={{ mb: 1 }}>
          {state.error}
        </Alert>
      ) : null}
      {shown.length > 0 ? (
        <Stack spacing={1} role="list" aria-label="可能的重复件">
          {shown.map((c) => (
            <RepeatCandidateCard
              key={c.id}
              candidate={c}
              linked={c.id === linked?.id}
              onLink={() => onLink(c)}
              onUnlink={() => onLink(null)}
              onDismiss={() => onDismissed([...dismissed, c.id])}
            />
          ))}
        </Stack>
      ) : state.asked && !state.loading ? (
        <Typography variant="body2" color="text.secondary">
          未发现可能的重复件。
        </Typography>
      ) : null}
      {dismissed.length > 0 ? (
        <Stack direction="row" spacing={1} sx={{ mt: 1, alignItems: 'center' }}>
          <Typography variant="caption" color="text.secondary">
            已排除 {dismissed.length} 件
          </Typography>
          <Button size="small" onClick={() => onDismissed([])}>
            恢复显示
          </Button>
        </Stack>
      ) : null}
    </Paper>
  );
}
