// How far a job the page follows is: the step it is in and, once the job knows how many rows
// there are, a bar that fills with 已完成 N / M; before that, a moving bar.
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { JobProgress } from '../../shared/kernel/jobs.ts';

const number = new Intl.NumberFormat('zh-CN');

export function JobProgressBar({ label, progress, unit = '行' }: { label: string; progress: JobProgress | null; unit?: string }) {
  const known = progress !== null && progress.total > 0;
  const percent = known ? Math.min(100, Math.round((progress.done / progress.total) * 100)) : 0;
  const text = progress === null ? label : known ? `${progress.phase}：已完成 ${number.format(progress.done)} / ${number.format(progress.total)} ${unit}` : `${progress.phase}…`;
  return (
    <Stack spacing={0.5}>
      <LinearProgress aria-label={label} variant={known ? 'determinate' : 'indeterminate'} value={known ? percent : undefined} />
      <Typography variant="caption" color="text.secondary" role="status" aria-live="polite">
        {text}
      </Typography>
    </Stack>
  );
}
