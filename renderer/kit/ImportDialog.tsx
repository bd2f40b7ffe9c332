// Import from Excel, shared by units and people: choose an .xlsx, see the service's preview
// (sheet, rows read, every row error), and only when there is no error, 确认导入.
import { useRef, useState, type ChangeEvent } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
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
import type { ImportPreview } from '../../shared/kernel/common.ts';
import { messageOf } from './forms/problem.ts';
import { readFileAsBase64 } from './download.ts';
import { ErrorAlert } from './ErrorAlert.tsx';

export interface UploadFile {
  fileName: string;
  dataBase64: string;
}

export interface ImportColumn<T> {
  header: string;
  value(row: T): string;
}

interface Props<T> {
  open: boolean;
  title: string;
  /** What the sheet should hold, in a sentence. */
  hint: string;
  columns: ReadonlyArray<ImportColumn<T>>;
  preview(file: UploadFile): Promise<ImportPreview<T>>;
  commit(file: UploadFile): Promise<{ created: number }>;
  onImported?(created: number): void;
  onClose(): void;
}

const SHOWN_ROWS = 100;

type Stage =
  | { kind: 'empty' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'failed'; message: string }
  | { kind: 'previewed'; file: UploadFile; preview: ImportPreview<unknown> }
  | { kind: 'committing'; file: UploadFile; preview: ImportPreview<unknown> }
  | { kind: 'done'; created: number };

export function ImportDialog<T>(props: Props<T>) {
  // Remount on every opening so a new import starts clean.
  return props.open ? <ImportDialogBody {...props} /> : null;
}

function ImportDialogBody<T>({ title, hint, columns, preview, commit, onImported, onClose }: Props<T>) {
  const [stage, setStage] = useState<Stage>({ kind: 'empty' });
  const [commitError, setCommitError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    event.target.value = '';
    if (!chosen) return;
    setCommitError(null);
    setStage({ kind: 'reading', fileName: chosen.name });
    readFileAsBase64(chosen)
      .then(async (dataBase64) => {
        const file = { fileName: chosen.name, dataBase64 };
        const result = await preview(file);
        setStage({ kind: 'previewed', file, preview: result });
      })
      .catch((e: unknown) => setStage({ kind: 'failed', message: e instanceof Error && !('code' in e) ? e.message : messageOf(e) }));
  };

  const confirm = () => {
    if (stage.kind !== 'previewed' || stage.preview.errors.length > 0) return;
    setStage({ ...stage, kind: 'committing' });
    setCommitError(null);
    commit(stage.file)
      .then((result) => {
        setStage({ kind: 'done', created: result.created });
        onImported?.(result.created);
      })
      .catch((e: unknown) => {
        setStage({ ...stage, kind: 'previewed' });
        setCommitError(messageOf(e));
      });
  };

  const shown = stage.kind === 'previewed' || stage.kind === 'committing' ? stage.preview : null;
  const rows = shown ? (shown.rows as Array<{ rowNumber: number; value: T }>).slice(0, SHOWN_ROWS) : [];
  const hasErrors = Boolean(shown && shown.errors.length > 0);
  const busy = stage.kind === 'reading' || stage.kind === 'committing';

  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth="md" aria-labelledby="import-dialog-title">
      <DialogTitle id="import-dialog-title">{title}</DialogTitle>
      <DialogContent dividers>
        <Stack spacing={2}>
          <Typography variant="body2" color="text.secondary">
            {hint} 只有整份文件没有错误时才会导入；有任何一行出错，都不会写入任何数据。
          </Typography>
          <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
            <Button variant="outlined" startIcon={<UploadFileIcon />} onClick={() => input.current?.click()} disabled={busy || stage.kind === 'done'}>
              选择文件
            </Button>
            <input ref={input} type="file" accept=".xlsx" aria-label="选择Excel文件" hidden onChange={choose} />
            <Typography variant="body2">
              {stage.kind === 'reading' ? stage.fileName : shown ? shown.fileName : '尚未选择文件（仅支持 .xlsx）'}
            </Typography>
          </Stack>
          {busy ? <LinearProgress aria-label={stage.kind === 'reading' ? '正在读取文件' : '正在导入'} /> : null}
          <ErrorAlert error={stage.kind === 'failed' ? stage.message : null} sx={{}} />
          <ErrorAlert error={commitError} sx={{}} />
          {stage.kind === 'done' ? (
            <Alert severity="success" role="status">
              已导入 {stage.created} 条
            </Alert>
          ) : null}
          {shown ? (
            <>
              <Typography variant="body2">
                工作表：<b>{shown.sheetName}</b>　共读取 <b>{shown.total}</b> 行，其中 <b>{shown.rows.length}</b> 行可以导入
                {shown.errors.length > 0 ? <>，<b style={{ color: '#c62828' }}>{shown.errors.length}</b> 处问题</> : null}。
              </Typography>
              {hasErrors ? (
                <Alert severity="error" role="alert" aria-label="行错误">
                  <AlertTitle>发现 {shown.errors.length} 处问题，整份文件不会导入。请在 Excel 中修改后重新选择文件：</AlertTitle>
                  <ul style={{ margin: 0, paddingLeft: 20 }}>
                    {shown.errors.map((e, i) => (
                      <li key={`${e.rowNumber}-${i}`}>
                        第{e.rowNumber}行：{e.message}
                      </li>
                    ))}
                  </ul>
                </Alert>
              ) : (
                <Alert severity="info">检查通过，共 {shown.rows.length} 条，可以导入。</Alert>
              )}
              {rows.length > 0 ? (
                <TableContainer sx={{ maxHeight: 320, border: 1, borderColor: 'divider' }}>
                  <Table size="small" stickyHeader aria-label="导入预览">
                    <TableHead>
                      <TableRow>
                        <TableCell>行号</TableCell>
                        {columns.map((c) => (
                          <TableCell key={c.header}>{c.header}</TableCell>
                        ))}
                      </TableRow>
                    </TableHead>
                    <TableBody>
                      {rows.map((r) => (
                        <TableRow key={r.rowNumber}>
                          <TableCell>{r.rowNumber}</TableCell>
                          {columns.map((c) => (
                            <TableCell key={c.header}>{c.value(r.value)}</TableCell>
                          ))}
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </TableContainer>
              ) : null}
              {shown.rows.length > SHOWN_ROWS ? (
                <Typography variant="caption" color="text.secondary">
                  仅显示前 {SHOWN_ROWS} 行。
                </Typography>
              ) : null}
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
