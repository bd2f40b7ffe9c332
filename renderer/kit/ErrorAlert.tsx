// The one way a page or dialog shows what went wrong: an error Alert announced to screen
// readers, with whatever was thrown turned into the service's Chinese message.
import Alert from '@mui/material/Alert';
import type { SxProps, Theme } from '@mui/material/styles';
import { messageOf } from './forms/problem.ts';

interface Props {
  /** A message, an error thrown by a call, or nothing (then nothing is shown). */
  error: string | Error | null | undefined;
  sx?: SxProps<Theme>;
}

export function ErrorAlert({ error, sx }: Props) {
  if (!error) return null;
  return (
    <Alert severity="error" role="alert" sx={sx ?? { mb: 1.5 }}>
      {typeof error === 'string' ? error : messageOf(error)}
    </Alert>
  );
}
