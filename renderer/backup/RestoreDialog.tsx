// 查看 / 恢复: what a backup holds (read and verified by the service: every file's hash, the
// database, the audit trail) and, if it verifies, 恢复 after saying what happens — the current data
// is backed up first, then replaced, and everyone signs in again.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import type { BackupInspection, RestoreDone } from '../../shared/backup/index.ts';
import { api } from '../api/client.ts';
import { useOp } from '../api/query.ts';
import { ErrorAlert } from '../kit/ErrorAlert.tsx';
import { messageOf } from '../kit/forms/problem.ts';
import { kindText, sizeText } from './backupText.ts';

interface Props {
  folder: string;
  onClose(): void;
  onRestored(done: RestoreDone): void;
}

function Facts({ b }: { b: BackupInspection }) {
  const rows: Array<[string, string]> = [
    ['备份时间', b.madeAtLocal],
    ['类型', `${kindText(b.kind)}备份`],
    ['单位', `${b.counts.units} 个`],
    ['人员', `${b.counts.people} 名`],
    ['信访件', `${b.counts.tips} 件`],
    ['附件', `${b.counts.attachments} 个${b.absent > 0 ? `（备份时另有 ${b.absent} 个附件文件缺失或损坏）` : ''}`],
    ['大小', sizeText(b.bytes)],
    ['位置', b.folder],
    ['校验', b.verified ? '通过（数据库、审计日志和每个附件文件都与备份时一致）' : `未通过：${b.problem ?? ''}`],
  ];
  return (
    <Table size="small" aria-label="备份内容">
      <TableBody>
        {rows.map(([label, value]) => (
          <TableRow key={label}>
            <TableCell component="th" scope="row" sx={{ fontWeight: 600, width: 90, whiteSpace: 'nowrap' }}>
              {label}
            </TableCell>
            <TableCell sx={{ wordBreak: 'break-all' }}>{value}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export function RestoreDialog({ folder, onClose, onRestored }: Props) {
  const inspection = useOp('backup.inspect', { folder }, { staleTime: 0, gcTime: 0 });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const b = inspection.data;

  const restore = () => {
    if (busy || !b?.verified) return;
    setBusy(true);
    setError(null);
    api.call('backup.restore', { folder }).then(onRestored, (e: unknown) => {
      setBusy(false);
      setError(messageOf(e));
    });
  };

  return (
    <Dialog open onClose={busy ? undefined : onClose} maxWidth="sm" fullWidth aria-labelledby="restore-dialog-title">
      <DialogTitle id="restore-dialog-title">备份内容</DialogTitle>
      <DialogContent>
        {inspection.isPending ? <LinearProgress aria-label="正在校验备份" sx={{ mb: 2 }} /> : null}
        <ErrorAlert error={inspection.error ? messageOf(inspection.error) : null} />
        <ErrorAlert error={error} />
        {b ? <Facts b={b} /> : null}
        {b?.verified ? (
          <Alert severity="warning" sx={{ mt: 2 }}>
            恢复后，当前的数据将被这个备份替换（备份时间 {b.madeAtLocal}）。恢复前会先把当前数据备份到数据文件夹的 backups 中（“恢复前”备份），需要时可从那里恢复回来。恢复完成后所有人须重新登录。
          </Alert>
        ) : null}
        {busy ? <LinearProgress aria-label="正在恢复" sx={{ mt: 2 }} /> : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          取消
        </Button>
        <Button variant="contained" color="error" onClick={restore} disabled={busy || !b?.verified}>
          恢复
        </Button>
      </DialogActions>
    </Dialog>
  );
}
