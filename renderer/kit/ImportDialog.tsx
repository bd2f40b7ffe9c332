// Import from Excel, shared by units and people: choose an .xlsx, see the service's preview
// (sheet, rows read, every row error), and only when there is no error, 确认导入 — all or
// nothing. What an import shows beyond that comes from the caller: the counts in the summary
// line, which rows the preview lists and in which columns, an extra part under the table with
// options the caller keeps (e.g. a tick passed on to the commit), and the text once done.
import { useRef, useState, type ChangeEvent, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
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
import { JobProgressBar } from './JobProgressBar.tsx';
import type { JobProgress } from '../../shared/kernel/jobs.ts';

export interface UploadFile {
  fileName: string;
  dataBase64: string;
}

export interface ImportColumn<T> {
  header: string;
  value(row: T): string;
}

/** The caller's options for the commit, with what the extra part needs to edit them. */
export interface ImportOptionsControl<O> {
  options: O;
  setOptions(options: O): void;
  /** True while busy or when the file has errors: the options cannot be changed then. */
  disabled: boolean;
}

export interface ImportDialogProps<T, P extends ImportPreview<T>, R, O = undefined> {
  open: boolean;
  title: string;
  /** What the sheet should hold, in a sentence. */
  hint: string;
  columns: ReadonlyArray<ImportColumn<T>>;
  /** Both run as jobs the dialog follows (api.job): `onProgress` is told the step and rows done. */
  preview(file: UploadFile, onProgress: (progress: JobProgress) => void): Promise<P>;
  commit(file: UploadFile, options: O, onProgress: (progress: JobProgress) => void): Promise<R>;
  /** The text of the success status once imported. */
  doneText(result: R): string;
  /** What follows 「共读取 N 行」 in the summary line; by default 「，其中 N 行可以导入」. */
  summary?(preview: P): ReactNode;
  /** The rows the preview table lists; by default every row that can be imported. */
  rows?(preview: P): ReadonlyArray<{ rowNumber: number; value: T }>;
  /** How many listed rows are shown at the most; 100 by default. */
  shownRows?: number;
  /** The text when the file has no error; by default 「检查通过，共 N 条，可以导入。」. */
  okText?(preview: P): string;
  /** The options a new file starts with (reset on every file chosen). */
  initialOptions?: O;
  /** A part under the preview table, e.g. choices that go into the commit's options. */
  extra?(preview: P, control: ImportOptionsControl<O>): ReactNode;
  onImported?(result: R): void;
  onClose(): void;
}

const SHOWN_ROWS = 100;

type Stage<P, R> =
  | { kind: 'empty' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'failed'; message: string }
  | { kind: 'previewed'; file: UploadFile; preview: P }
  | { kind: 'committing'; file: UploadFile; preview: P }
  | { kind: 'done'; result: R };

export function ImportDialog<T, P extends ImportPreview<T>, R, O = undefined>(props: ImportDialogProps<T, P, R, O>) {
  // Remount on every opening so a new import starts clean.
  return props.open ? <ImportDialogBody {...props} /> : null;
}

function ImportDialogBody<T, P extends ImportPreview<T>, R, O>({
  title,
  hint,
  columns,
  preview,
  commit,
  doneText,
  summary = (p) => <>，其中 <b>{p.rows.length}</b> 行可以导入</>,
  rows: listedRows = (p) => p.rows,
  shownRows = SHOWN_ROWS,
  okText = (p) => `检查通过，共 ${p.rows.length} 条，可以导入。`,
  initialOptions,
  extra,
  onImported,
  onClose,
}: ImportDialogProps<T, P, R, O>) {
  const [stage, setStage] = useState<Stage<P, R>>({ kind: 'empty' });
  const [commitError, setCommitError] = useState<string | null>(null);
  const [options, setOptions] = useState<O>(initialOptions as O);
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    event.target.value = '';
    if (!chosen) return;
    setCommitError(null);
    setOptions(initialOptions as O);
    setStage({ kind: 'reading', fileName: chosen.name });
    setProgress(null);
    readFileAsBase64(chosen)
      .then(async (dataBase64) => {
        const file = { fileName: chosen.name, dataBase64 };
        const result = await preview(file, setProgress);
        setStage({ kind: 'previewed', file, preview: result });
      })
      .catch((e: unknown) => setStage({ kind: 'failed', message: e instanceof Error && !('code' in e) ? e.message : messageOf(e) }))
      .finally(() => setProgress(null));
  };

  const confirm = () => {
    if (stage.kind !== 'previewed' || stage.preview.errors.length > 0) return;
    setStage({ ...stage, kind: 'committing' });
    setCommitError(null);
    setProgress(null);
    commit(stage.file, options, setProgress)
      .finally(() => setProgress(null))
      .then((result) => {
        setStage({ kind: 'done', result });
        onImported?.(result);
      })
      .catch((e: unknown) => {
        setStage({ ...stage, kind: 'previewed' });
        setCommitError(messageOf(e));
      });
  };

  const shown = stage.kind === 'previewed' || stage.kind === 'committing' ? stage.preview : null;
  const listed = shown ? listedRows(shown) : [];
  const rows = listed.slice(0, shownRows);
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
          {busy ? <JobProgressBar label={stage.kind === 'reading' ? '正在检查文件' : '正在导入'} progress={progress} /> : null}
          <ErrorAlert error={stage.kind === 'failed' ? stage.message : null} sx={{}} />
          <ErrorAlert error={commitError} sx={{}} />
          {stage.kind === 'done' ? (
            <Alert severity="success" role="status">
              {doneText(stage.result)}
            </Alert>
          ) : null}
          {shown ? (
            <>
              <Typography variant="body2" aria-label="导入统计">
                工作表：<b>{shown.sheetName}</b>　共读取 <b>{shown.total}</b> 行{summary(shown)}
                {hasErrors ? <>，<b style={{ color: '#c62828' }}>{shown.errors.length}</b> 处问题</> : null}。
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
                <Alert severity="info">{okText(shown)}</Alert>
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
              {listed.length > shownRows ? (
                <Typography variant="caption" color="text.secondary">
                  仅显示前 {shownRows} 行。
                </Typography>
              ) : null}
              {extra ? extra(shown, { options, setOptions, disabled: busy || hasErrors }) : null}
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
