// 导出台账 for a role granted the reporter right: the ledger as filtered, and only when ticked,
// with the reporters' identities (the export is then recorded in the audit log).
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Typography from '@mui/material/Typography';
import type { FileResult } from '../../../shared/kernel/common.ts';
import { downloadFile } from '../../kit/download.ts';
import { FormDialog } from '../../kit/forms/FormDialog.tsx';
import { useSave } from '../../kit/forms/useSave.ts';
import { ExportProgressBar } from './ExportProgressBar.tsx';
import type { ExportProgress } from './useExportJob.ts';

interface Props {
  total: number;
  /** More than `total` match (the ledger stopped counting there). */
  totalCapped: boolean;
  /** The export under way, if it is. */
  progress: ExportProgress | null;
  exportLedger(includeReporter: boolean): Promise<FileResult>;
  onDone(fileName: string): void;
  onClose(): void;
}

export function ExportLedgerDialog({ total, totalCapped, progress, exportLedger, onDone, onClose }: Props) {
  const [includeReporter, setIncludeReporter] = useState(false);
  const { busy, problem, save } = useSave((file: FileResult) => {
    downloadFile(file);
    onDone(file.fileName);
  });

  return (
    <FormDialog
      open
      title="导出台账"
      submitLabel="导出Excel"
      busy={busy}
      error={problem?.message}
      onSubmit={() => save(exportLedger(includeReporter))}
      onClose={onClose}
      maxWidth="xs"
    >
      <Typography variant="body2">按当前的搜索和筛选条件导出，{totalCapped ? `超过 ${total}` : `共 ${total}`} 件。</Typography>
      {progress ? <ExportProgressBar progress={progress} /> : null}
      <FormControlLabel
        control={<Checkbox checked={includeReporter} onChange={(e) => setIncludeReporter(e.target.checked)} />}
        label="包含反映人信息"
      />
      {includeReporter ? (
        <Alert severity="warning">
          导出的文件将含有反映人姓名、联系电话、身份证号和通讯地址。此次导出会记入审计日志；请妥善保管文件，不得外传。
        </Alert>
      ) : (
        <Typography variant="body2" color="text.secondary">
          不勾选时，反映人信息一律不导出。
        </Typography>
      )}
    </FormDialog>
  );
}
