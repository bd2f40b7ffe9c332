// A dialog holding one form: Enter submits (the primary button is the form's submit button),
// Esc or 取消 closes — asking first when something was changed and not saved — and the
// problems show in the one error alert above the fields.
import { useState, type FormEvent, type ReactNode } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { ErrorAlert } from '../ErrorAlert.tsx';

interface Props {
  open: boolean;
  title: string;
  submitLabel?: string;
  busy?: boolean;
  error?: string | null | undefined;
  /** Whether the fields hold changes not yet saved (closing then asks first). */
  dirty?: boolean;
  maxWidth?: 'xs' | 'sm' | 'md';
  onSubmit: () => void;
  onClose: () => void;
  children: ReactNode;
}

export function FormDialog({ open, title, submitLabel = '保存', busy = false, error, dirty = false, maxWidth = 'sm', onSubmit, onClose, children }: Props) {
  const [asking, setAsking] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) onSubmit();
  };
  const close = () => {
    if (busy) return;
    if (dirty) setAsking(true);
    else onClose();
  };
  return (
    <Dialog open={open} onClose={close} fullWidth maxWidth={maxWidth} aria-labelledby="form-dialog-title">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="form-dialog-title">{title}</DialogTitle>
        <DialogContent dividers>
          <Stack spacing={2} sx={{ pt: 0.5 }}>
            <ErrorAlert error={error} sx={{}} />
            {children}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={close} disabled={busy}>
            取消
          </Button>
          <Button type="submit" variant="contained" disabled={busy}>
            {submitLabel}
          </Button>
        </DialogActions>
      </form>
      <Dialog open={asking} onClose={() => setAsking(false)} maxWidth="xs" fullWidth aria-labelledby="discard-title">
        <DialogTitle id="discard-title">放弃修改？</DialogTitle>
        <DialogContent>
          <DialogContentText>“{title}”中的修改尚未保存，关闭后将不会保留。</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setAsking(false)} autoFocus>
            继续编辑
          </Button>
          <Button
            color="error"
            variant="contained"
            onClick={() => {
              setAsking(false);
              onClose();
            }}
          >
            放弃修改
          </Button>
        </DialogActions>
      </Dialog>
    </Dialog>
  );
}
