// 备份与恢复 (系统管理员): 立即备份 (to the data folder's backups, or a folder typed such as a USB
// drive), the backups kept (automatic, manual, 恢复前) with 查看 / 恢复, and a backup elsewhere
// opened by its folder. After a restore everyone signs in again.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import BackupOutlined from '@mui/icons-material/BackupOutlined';
import type { BackupMade } from '../../shared/backup/index.ts';
import { api } from '../api/client.ts';
import { useOp } from '../api/query.ts';
import { useSession } from '../app/session.ts';
import { ErrorAlert } from '../kit/ErrorAlert.tsx';
import { problemOf } from '../kit/forms/problem.ts';
import type { FormProblem } from '../kit/forms/validate.ts';
import { PageHeader } from '../kit/PageHeader.tsx';
import { BackupTable } from './BackupTable.tsx';
import { countsText } from './backupText.ts';
import { RestoreDialog } from './RestoreDialog.tsx';

export function BackupPage() {
  const { signOut } = useSession();
  const list = useOp('backup.list', {});
  const [target, setTarget] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [made, setMade] = useState<BackupMade | null>(null);
  const [elsewhere, setElsewhere] = useState('');
  const [opened, setOpened] = useState<string | null>(null);

  const backUp = () => {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    setMade(null);
    const folder = target.trim();
    api.call('backup.create', folder ? { folder } : {}).then(
      (result) => {
        setBusy(false);
        setMade(result);
      },
      (e: unknown) => {
        setBusy(false);
        setProblem(problemOf(e));
      },
    );
  };

  return (
    <Stack sx={{ overflow: 'auto' }} spacing={2}>
      <PageHeader title="备份与恢复" />
      <Typography variant="body2" color="text.secondary">
        备份包括数据库和全部附件，加密保存（没有本单位的密钥或恢复密钥无法读取），写完后逐一校验。每天自动备份一次，保存在数据文件夹的
        backups 中；保留天数和第二备份位置在“系统设置”中设置。恢复时先把当前数据备份，再替换；恢复后所有人须重新登录。
      </Typography>

      <Paper variant="outlined" sx={{ p: 2, maxWidth: 760 }}>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1.5 }}>
          立即备份
        </Typography>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            backUp();
          }}
        >
          <Stack spacing={1.5}>
            <ErrorAlert error={problem?.message ?? null} sx={{}} />
            <TextField
              label="备份到文件夹（可选）"
              value={target}
              onChange={(e) => setTarget(e.target.value)}
              error={Boolean(problem?.fields.folder)}
              helperText={problem?.fields.folder ?? '留空则保存在数据文件夹的 backups 中；备份到U盘时，填写U盘上已有文件夹的完整路径，如 E:\\廉情备份'}
              fullWidth
              disabled={busy}
            />
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <Button type="submit" variant="contained" startIcon={<BackupOutlined />} disabled={busy}>
                {busy ? '正在备份…' : '立即备份'}
              </Button>
            </Stack>
            {busy ? <LinearProgress aria-label="正在备份" /> : null}
            {made ? (
              <Alert severity="success" role="status">
                已备份并校验：{made.backup.folder}（{countsText(made.backup.counts)}）
              </Alert>
            ) : null}
          </Stack>
        </form>
      </Paper>

      <Stack spacing={1}>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
          已有的备份
        </Typography>
        <ErrorAlert error={list.error ? problemOf(list.error).message : null} />
        {list.isPending ? <LinearProgress aria-label="正在读取备份列表" /> : null}
        {list.data ? <BackupTable backups={list.data} onOpen={(b) => setOpened(b.folder)} /> : null}
      </Stack>

      <Paper variant="outlined" sx={{ p: 2, maxWidth: 760 }}>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1.5 }}>
          从其他位置的备份恢复
        </Typography>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (elsewhere.trim()) setOpened(elsewhere.trim());
          }}
        >
          <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
            <TextField
              label="备份文件夹"
              value={elsewhere}
              onChange={(e) => setElsewhere(e.target.value)}
              helperText="如U盘上的备份：E:\廉情备份\廉情备份-20261121-093000（完整路径）"
              fullWidth
            />
            <Button type="submit" variant="outlined" disabled={!elsewhere.trim()} sx={{ mt: 1 }}>
              查看
            </Button>
          </Stack>
        </form>
      </Paper>

      {opened ? (
        <RestoreDialog
          folder={opened}
          onClose={() => setOpened(null)}
          onRestored={(done) => signOut(`已从备份恢复数据（备份时间 ${done.restored.madeAtLocal}），请重新登录。恢复前的数据已备份到：${done.before.folder}`)}
        />
      ) : null}
    </Stack>
  );
}
