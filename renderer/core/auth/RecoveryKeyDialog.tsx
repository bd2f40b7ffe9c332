// 恢复密钥: an administrator signed in while the recovery key has not been kept (first start, or
// the upgrade that encrypted an older database) is shown it — to print or write down and keep
// away from this computer — until they confirm. Each showing is audited by the service.
import { useEffect, useState, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import PrintIcon from '@mui/icons-material/Print';
import { api } from '../../api/client.ts';
import { useOp } from '../../api/query.ts';
import { useToday } from '../../app/session.ts';
import { PrintSlip } from '../../kit/PrintSlip.tsx';
import { ErrorAlert } from '../../kit/ErrorAlert.tsx';
import { toChineseDate } from '../../../shared/kernel/dates.ts';

/**
 * Shown over the signed-in frame of an administrator while the key has not been kept; `then`
 * (the next ask, e.g. 机关信息) only once this one is settled, so two are never shown at once.
 */
export function RecoveryKeyReminder({ then = null }: { then?: ReactNode }) {
  const status = useOp('recovery.status', {});
  const [later, setLater] = useState(false);
  if (!status.data) return null;
  if (!status.data.pending || later) return then;
  return <RecoveryKeyDialog onKept={() => void status.refetch()} onLater={() => setLater(true)} />;
}

function RecoveryKeyDialog({ onKept, onLater }: { onKept(): void; onLater(): void }) {
  const today = useToday();
  const [key, setKey] = useState<string | null>(null);
  const [kept, setKept] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    api.call('recovery.reveal', {}).then(
      (shown) => live && setKey(shown.recoveryKey),
      (error: unknown) => live && setProblem(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      live = false;
    };
  }, []);

  const confirm = () => {
    setBusy(true);
    api.call('recovery.confirmKept', {}).then(onKept, (error: unknown) => {
      setBusy(false);
      setProblem(error instanceof Error ? error.message : String(error));
    });
  };

  return (
    <Dialog open fullWidth maxWidth="sm" aria-labelledby="recovery-key-title">
      <DialogTitle id="recovery-key-title">请保管恢复密钥</DialogTitle>
      <DialogContent dividers>
        <Stack spacing={2}>
          <Typography>
            本机的数据已加密保存。换电脑、重装系统或从备份恢复到另一台电脑时，需要凭下面的恢复密钥才能打开数据。
            请打印或抄写，交由专人保管在电脑以外的地方（例如保密柜），不要存放在本机上。
          </Typography>
          <ErrorAlert error={problem} sx={{}} />
          {key ? (
            <Alert severity="warning" icon={false}>
              <Typography variant="body2">恢复密钥：</Typography>
              <Typography aria-label="恢复密钥" sx={{ fontSize: 20, fontWeight: 700, letterSpacing: 1, fontFamily: 'monospace', my: 1, wordBreak: 'break-all' }}>
                {key}
              </Typography>
              <Typography variant="body2">确认保管后不再显示。</Typography>
            </Alert>
          ) : null}
          <FormControlLabel
            control={<Checkbox checked={kept} onChange={(e) => setKept(e.target.checked)} disabled={!key} />}
            label="我已打印或抄写恢复密钥，并将妥善保管"
          />
        </Stack>
        {key ? (
          <PrintSlip>
            <p>廉情 · 恢复密钥</p>
            <p>
              <b style={{ fontSize: '16pt', letterSpacing: '1pt', fontFamily: 'monospace' }}>{key}</b>
            </p>
            <p>凭此密钥可在另一台电脑上打开本机的数据或其备份。请由专人保管在电脑以外的地方，不要与备份放在一起。</p>
            <p>{toChineseDate(today)}</p>
          </PrintSlip>
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onLater}>稍后</Button>
        <Button startIcon={<PrintIcon />} onClick={() => window.print()} disabled={!key}>
          打印恢复密钥
        </Button>
        <Button variant="contained" onClick={confirm} disabled={!kept || busy}>
          确认已保管
        </Button>
      </DialogActions>
    </Dialog>
  );
}
