// Asks before an action that changes a record's standing (撤销单位, 离任, 停用 …).
import { useState } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { messageOf } from './forms/problem.ts';
import { ErrorAlert } from './ErrorAlert.tsx';

export interface ConfirmRequest {
  title: string;
  message: string;
  confirmLabel: string;
  danger?: boolean;
  run(): Promise<unknown>;
}

interface Props {
  request: ConfirmRequest | null;
  onClose(): void;
  onDone(): void;
}

export function ConfirmDialog({ request, onClose, onDone }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const close = () => {
    if (busy) return;
    setError(null);
    onClose();
  };
  const confirm = () => {
    if (!request || busy) return;
    setBusy(true);
    setError(null);
    request
      .run()
      .then(() => {
        setBusy(false);
        onDone();
      })
      .catch((e: unknown) => {
        setBusy(false);
        setError(messageOf(e));
      });
  };

  return (
    <Dialog open={request !== null} onClose={close} maxWidth="xs" fullWidth aria-labelledby="confirm-dialog-title">
      <DialogTitle id="confirm-dialog-title">{request?.title}</DialogTitle>
      <DialogContent>
        <ErrorAlert error={error} sx={{ mb: 2 }} />
        <DialogContentText>{request?.message}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={close} disabled={busy}>
          取消
        </Button>
        <Button onClick={confirm} variant="contained" color={request?.danger ? 'error' : 'primary'} disabled={busy} autoFocus>
          {request?.confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
