// 从Excel导入人员: the roster update. The service's preview counts the rows 新增 / 更新 / 无变化,
// shows each update's changes (old → new) and every row error, and lists the people of the
// sheet's units who are 在职 but not in the sheet; the person may tick to mark them 已离任 in the
// same import. Only a file without errors can be imported, all or nothing.
import { useRef, useState, type ChangeEvent } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import type { OpOutput } from '../../../shared/api.ts';
import { api } from '../../api/client.ts';
import { messageOf } from '../../kit/forms/problem.ts';
import { readFileAsBase64 } from '../../kit/download.ts';
import { ErrorAlert } from '../../kit/ErrorAlert.tsx';

type Preview = OpOutput<'people.importPreview'>;
type Result = OpOutput<'people.importCommit'>;
interface UploadFile {
  fileName: string;
  dataBase64: string;
}

type Stage =
  | { kind: 'empty' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'failed'; message: string }
  | { kind: 'previewed'; file: UploadFile; preview: Preview }
  | { kind: 'committing'; file: UploadFile; preview: Preview }
  | { kind: 'done'; result: Result };

const SHOWN_ROWS = 200;

export const PERSON_IMPORT_HINT =
  '请按“下载导入模板”的格式填写，或直接修改导出的人员名册：姓名、所在单位、职务、职级、是否中共党员、身份类别必填，身份证号、状态可不填。已登记的人员按身份证号（没有时按姓名和所在单位）更新。';

export function PersonImportDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  return open ? <Body onClose={onClose} /> : null;
}

function Body({ onClose }: { onClose(): void }) {
  const [stage, setStage] = useState<Stage>({ kind: 'empty' });
  const [commitError, setCommitError] = useState<string | null>(null);
  const [markMissingLeft, setMarkMissingLeft] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    event.target.value = '';
    if (!chosen) return;
    setCommitError(null);
    setMarkMissingLeft(false);
    setStage({ kind: 'reading', fileName: chosen.name });
    readFileAsBase64(chosen)
      .then(async (dataBase64) => {
        const file = { fileName: chosen.name, dataBase64 };
        setStage({ kind: 'previewed', file, preview: await api.call('people.importPreview', file) });
      })
      .catch((e: unknown) => setStage({ kind: 'failed', message: messageOf(e) }));
  };

  const confirm = () => {
    if (stage.kind !== 'previewed' || stage.preview.errors.length > 0) return;
    setStage({ ...stage, kind: 'committing' });
    setCommitError(null);
    api
      .call('people.importCommit', { ...stage.file, markMissingLeft })
      .then((result) => setStage({ kind: 'done', result }))
      .catch((e: unknown) => {
        setStage({ ...stage, kind: 'previewed' });
        setCommitError(messageOf(e));
      });
  };

  const shown = stage.kind === 'previewed' || stage.kind === 'committing' ? stage.preview : null;
  const hasErrors = Boolean(shown && shown.errors.length > 0);
  const busy = stage.kind === 'reading' || stage.kind === 'committing';
  const listed = shown ? shown.rows.filter((r) => r.value.kind !== '无变化').slice(0, SHOWN_ROWS) : [];

  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth="md" aria-labelledby="person-import-title">
      <DialogTitle id="person-import-title">从Excel导入人员</DialogTitle>
      <DialogContent dividers>
        <Stack spacing={2}>
          <Typography variant="body2" color="text.secondary">
            {PERSON_IMPORT_HINT} 只有整份文件没有错误时才会导入；有任何一行出错，都不会写入任何数据。
          </Typography>
          <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
            <Button variant="outlined" startIcon={<UploadFileIcon />} onClick={() => input.current?.click()} disabled={busy || stage.kind === 'done'}>
              选择文件
            </Button>
            <input ref={input} type="file" accept=".xlsx" aria-label="选择Excel文件" hidden onChange={choose} />
            <Typography variant="body2">{stage.kind === 'reading' ? stage.fileName : shown ? shown.fileName : '尚未选择文件（仅支持 .xlsx）'}</Typography>
          </Stack>
          {busy ? <LinearProgress aria-label={stage.kind === 'reading' ? '正在读取文件' : '正在导入'} /> : null}
          <ErrorAlert error={stage.kind === 'failed' ? stage.message : null} sx={{}} />
          <ErrorAlert error={commitError} sx={{}} />
          {stage.kind === 'done' ? (
            <Alert severity="success" role="status">
              已导入：新增 {stage.result.created} 人，更新 {stage.result.updated} 人，无变化 {stage.result.unchanged} 人
              {stage.result.markedLeft > 0 ? `，标记离任 ${stage.result.markedLeft} 人` : ''}
            </Alert>
          ) : null}
          {shown ? (
            <>
              <Typography variant="body2" aria-label="导入统计">
                工作表：<b>{shown.sheetName}</b>　共读取 <b>{shown.total}</b> 行：新增 <b>{shown.counts.created}</b> 人，更新{' '}
                <b>{shown.counts.updated}</b> 人，无变化 <b>{shown.counts.unchanged}</b> 人
                {hasErrors ? <>，<b style={{ color: '#c62828' }}>{shown.errors.length}</b> 处问题</> : null}。
              </Typography>
              {hasErrors ? (
                <Alert severity="error" role="alert" aria-label="行错误">
                  <AlertTitle>发现 {shown.errors.length} 处问题，整份文件不会导入。请在 Excel 中修改后重新选择文件：</AlertTitle>
                  <ul style={{ margin: 0, paddingLeft: 20 }}>
                    {shown.errors.map((e, i) => (
                      <li key={`${e.rowNumber}-${i}`}>第{e.rowNumber}行：{e.message}</li>
                    ))}
                  </ul>
                </Alert>
              ) : null}
              {listed.length > 0 ? (
                <TableContainer sx={{ maxHeight: 280, border: 1, borderColor: 'divider' }}>
                  <Table size="small" stickyHeader aria-label="导入预览">
                    <TableHead>
                      <TableRow>
                        <TableCell>行号</TableCell>
                        <TableCell>处理</TableCell>
                        <TableCell>姓名</TableCell>
                        <TableCell>所在单位</TableCell>
                        <TableCell>变化</TableCell>
                      </TableRow>
                    </TableHead>
                    <TableBody>
                      {listed.map((r) => (
                        <TableRow key={r.rowNumber}>
                          <TableCell>{r.rowNumber}</TableCell>
                          <TableCell>{r.value.kind}</TableCell>
                          <TableCell>{r.value.name}</TableCell>
                          <TableCell>{r.value.unitName}</TableCell>
                          <TableCell>
                            {r.value.kind === '新增' ? `${r.value.post}，${r.value.rank}` : r.value.changes.map((c) => `${c.field}：${c.before || '（空）'} → ${c.after || '（空）'}`).join('；')}
                          </TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </TableContainer>
              ) : null}
              {shown.missing.length > 0 ? (
                <Stack spacing={1} role="region" aria-label="名单中缺少的人员">
                  <Typography variant="body2">
                    表中所列单位里，名册上在职但表中没有的人员 <b>{shown.missing.length}</b> 人：
                    {shown.missing.slice(0, SHOWN_ROWS).map((m) => `${m.name}（${m.unitName}${m.post ? `，${m.post}` : ''}）`).join('、')}
                  </Typography>
                  <FormControlLabel
                    control={<Checkbox checked={markMissingLeft} onChange={(e) => setMarkMissingLeft(e.target.checked)} disabled={busy || hasErrors} />}
                    label={`将这 ${shown.missing.length} 人标记为已离任`}
                  />
                </Stack>
              ) : null}
              {!hasErrors ? <Alert severity="info">检查通过，可以导入。</Alert> : null}
            </>
          ) : null}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          {stage.kind === 'done' ? '关闭' : '取消'}
        </Button>
        {stage.kind !== 'done' ? (
          <Button variant="contained" onClick={confirm} disabled={!shown || hasErrors || busy}>
            确认导入
          </Button>
        ) : null}
      </DialogActions>
    </Dialog>
  );
}
