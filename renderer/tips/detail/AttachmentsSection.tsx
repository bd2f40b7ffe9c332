// 附件: opened in the system's viewer where the app runs on the desktop, otherwise saved as a
// download; 上传附件 for those who may add them, each marked whether it is free of reporter data
// (a role without the 信访内容 right sees only the files so marked, and is told how many it does not).
import { useRef, useState, type ChangeEvent } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import type { TipAttachment, TipDetail } from '../../../shared/tips/ledger.ts';
import { formatTimestamp } from '../../../shared/kernel/dates.ts';
import { api } from '../../api/client.ts';
import { canCall } from '../../app/permissions.ts';
import { useSession } from '../../app/session.ts';
import { downloadFile } from '../../kit/download.ts';
import { RowButton } from '../../kit/RowButton.tsx';
import { messageOf } from '../../kit/forms/problem.ts';
import { ATTACHMENT_ACCEPT, ATTACHMENT_HINT, formatSize, uploadAll } from '../common/attachmentFiles.ts';
import { Section } from '../../kit/Section.tsx';
import { SimpleTable, type Column } from '../../kit/SimpleTable.tsx';
import { mayAddAttachment } from '../../../shared/tips/flow.ts';

interface Props {
  tip: TipDetail;
  onUploaded(message: string): void;
}

export function AttachmentsSection({ tip, onUploaded }: Props) {
  const { user } = useSession();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const [reporterFree, setReporterFree] = useState(false);
  const canUpload = canCall(user.role, 'tips.addAttachment') && mayAddAttachment(user, tip);

  const open = (a: TipAttachment) => {
    setErrors([]);
    api
      .call('tips.openAttachment', { id: a.id })
      .then(async (r) => {
        if (!r.opened) downloadFile(await api.call('tips.downloadAttachment', { id: a.id }));
      })
      .catch((e: unknown) => setErrors([messageOf(e)]));
  };

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.target.files ?? []);
    event.target.value = '';
    if (files.length === 0) return;
    setBusy(true);
    setErrors([]);
    void uploadAll(tip.id, files, reporterFree).then((failures) => {
      setReporterFree(false);
      setBusy(false);
      setErrors(failures);
      const done = files.length - failures.length;
      if (done > 0) onUploaded(`已上传 ${done} 个附件`);
    });
  };

  const columns: Column<TipAttachment>[] = [
    { header: '文件名', cell: (a) => a.fileName },
    { header: '大小', cell: (a) => formatSize(a.size), width: 90 },
    { header: '上传人', cell: (a) => a.addedBy, width: 90 },
    { header: '上传时间', cell: (a) => formatTimestamp(a.addedAt), width: 140 },
    { header: '举报人信息', cell: (a) => (a.reporterFree ? '不含' : '可能含有'), width: 90 },
    { header: '操作', cell: (a) => <RowButton onClick={() => open(a)}>打开</RowButton>, width: 70 },
  ];

  const actions = canUpload ? (
    <>
      <FormControlLabel
        control={<Checkbox size="small" checked={reporterFree} onChange={(e) => setReporterFree(e.target.checked)} />}
        label="要上传的文件不含举报人信息"
        slotProps={{ typography: { variant: 'body2' } }}
      />
      <Button size="small" variant="outlined" startIcon={<UploadFileIcon />} disabled={busy} onClick={() => input.current?.click()}>
        {busy ? '正在上传…' : '上传附件'}
      </Button>
      <input ref={input} type="file" multiple accept={ATTACHMENT_ACCEPT} aria-label="上传附件" hidden onChange={choose} />
    </>
  ) : null;

  return (
    <Section title="附件" actions={actions}>
      {errors.map((e) => (
        <Alert key={e} severity="error" role="alert" sx={{ mb: 1 }}>
          {e}
        </Alert>
      ))}
      <SimpleTable label="附件" columns={columns} rows={tip.attachments} rowKey={(a) => a.id} empty={`暂无附件。${canUpload ? ATTACHMENT_HINT : ''}`} />
      {tip.hiddenAttachments > 0 ? (
        <Alert severity="info" sx={{ mt: 1 }}>
          另有 {tip.hiddenAttachments} 个附件可能含有举报人信息，您的角色无权查看。
        </Alert>
      ) : null}
    </Section>
  );
}
