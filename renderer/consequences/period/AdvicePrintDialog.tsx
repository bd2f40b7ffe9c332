// 合并预览 (the year's drafts, 文号 left open) and 合并打印 (the issued ones): the year's 预警建议书 as one
// Word file, shown as its pages, downloaded as .docx or printed from the preview.
import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import DownloadIcon from '@mui/icons-material/Download';
import PrintIcon from '@mui/icons-material/Print';
import { useOp } from '../../api/query.ts';
import { downloadFile } from '../../kit/download.ts';
import { DocxPreview, PRINT_VIEW_NOTE } from '../../kit/DocxPreview.tsx';
import { ErrorAlert } from '../../kit/ErrorAlert.tsx';

interface Props {
  year: number;
  which: '草稿' | '已印发';
  onClose(): void;
}

export function AdvicePrintDialog({ year, which, onClose }: Props) {
  const file = useOp('consequences.printAdvice', { year, which }, { gcTime: 0 });
  const [printable, setPrintable] = useState(false);
  const title = which === '草稿' ? `${year}年度预警建议书合并预览（草稿）` : `${year}年度预警建议书合并打印`;
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="lg" aria-labelledby="advice-print-title">
      <DialogTitle id="advice-print-title">{title}</DialogTitle>
      <DialogContent dividers sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
        <ErrorAlert error={file.error} sx={{}} />
        <Typography variant="body2" color="text.secondary">
          {which === '草稿' ? '草稿的文号在印发时按单位顺序连续编号，预览中留空。' : PRINT_VIEW_NOTE}
        </Typography>
        {file.error ? null : (
          <Box sx={{ height: '65vh', display: 'flex' }}>
            <DocxPreview file={file.data ?? null} label="预警建议书预览" onReady={setPrintable} />
          </Box>
        )}
      </DialogContent>
      <DialogActions>
        <Button startIcon={<DownloadIcon />} disabled={!file.data} onClick={() => file.data && downloadFile(file.data)}>
          下载 .docx
        </Button>
        <Button startIcon={<PrintIcon />} disabled={!printable} onClick={() => window.print()}>
          打印
        </Button>
        <Button variant="contained" onClick={onClose}>
          关闭
        </Button>
      </DialogActions>
    </Dialog>
  );
}
