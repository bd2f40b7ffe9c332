// 拟制函询通知书 / 拟制委托谈话通知书 / 拟制谈话通知: the service drafts the 公文 from the record and
// the page goes to the draft in 发文登记, where it is previewed, edited and issued. 打印谈话记录:
// the record with its signature lines, shown as its pages to download (.docx) or print.
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import DownloadIcon from '@mui/icons-material/Download';
import PrintIcon from '@mui/icons-material/Print';
import { INTERVIEW_NOTICE_KINDS, type InterviewDetail, type InterviewNoticeKind } from '../../../../shared/interviews/index.ts';
import type { FileResult } from '../../../../shared/kernel/common.ts';
import { api } from '../../../api/client.ts';
import { DocxPreview, PRINT_VIEW_NOTE } from '../../../kit/DocxPreview.tsx';
import { downloadFile } from '../../../kit/download.ts';
import { ErrorAlert } from '../../../kit/ErrorAlert.tsx';
import { messageOf } from '../../../kit/forms/problem.ts';

/** The notice a record is given: a letter its 函询通知书; a 委托谈话 its 委托谈话通知书; another talk its 谈话通知. */
export function noticeKindOf(item: InterviewDetail): InterviewNoticeKind {
  if (item.kind === '函询') return 'inquiry';
  return item.holder === '委托谈话' ? 'entrust' : 'talkNotice';
}

export function DraftNoticeButton({ item, onError, primary }: { item: InterviewDetail; onError(message: string): void; primary: boolean }) {
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const kind = noticeKindOf(item);
  const draft = () => {
    setBusy(true);
    api.call('interviews.draftNotice', { id: item.id, kind }).then(
      (doc) => navigate(`/documents/${doc.id}`),
      (e: unknown) => {
        setBusy(false);
        onError(messageOf(e));
      },
    );
  };
  return (
    <Button variant={primary ? 'contained' : 'outlined'} disabled={busy} onClick={draft}>
      {busy ? '正在拟制…' : `拟制${INTERVIEW_NOTICE_KINDS[kind]}`}
    </Button>
  );
}

export function PrintRecordDialog({ item, onClose }: { item: InterviewDetail; onClose(): void }) {
  const [file, setFile] = useState<FileResult | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let live = true;
    api.call('interviews.printRecord', { id: item.id }).then(
      (made) => live && setFile(made),
      (e: unknown) => live && setProblem(messageOf(e)),
    );
    return () => {
      live = false;
    };
  }, [item.id]);

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="lg" aria-labelledby="interview-record-title">
      <DialogTitle id="interview-record-title">谈话记录 {item.number}</DialogTitle>
      <DialogContent dividers sx={{ height: '70vh', display: 'flex', flexDirection: 'column', gap: 1 }}>
        <ErrorAlert error={problem} sx={{}} />
        {problem ? null : (
          <>
            <Typography variant="body2" color="text.secondary">
              {PRINT_VIEW_NOTE}
            </Typography>
            <DocxPreview file={file} label="谈话记录预览" onReady={setReady} />
          </>
        )}
      </DialogContent>
      <DialogActions>
        <Button startIcon={<DownloadIcon />} disabled={!file} onClick={() => file && downloadFile(file)}>
          下载
        </Button>
        <Button startIcon={<PrintIcon />} disabled={!ready} onClick={() => window.print()}>
          打印
        </Button>
        <Button variant="contained" onClick={onClose}>
          关闭
        </Button>
      </DialogActions>
    </Dialog>
  );
}
