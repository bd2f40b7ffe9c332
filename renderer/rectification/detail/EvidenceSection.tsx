// 佐证材料: the files on record (下载 each, an audited read), and — when the item allows it — 上传
// with what the files show (材料说明), one file a call.
import { useRef, useState, type ChangeEvent } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import type { RectDetail, RectFile } from '../../../shared/rectification/index.ts';
import { formatTimestamp } from '../../../shared/kernel/dates.ts';
import { api } from '../../api/client.ts';
import { downloadFile } from '../../kit/download.ts';
import { messageOf } from '../../kit/forms/problem.ts';
import { RowButton } from '../../kit/RowButton.tsx';
import { EVIDENCE_ACCEPT, EVIDENCE_HINT, formatSize, uploadEvidence } from '../common/evidenceFiles.ts';
import { Section } from '../../kit/Section.tsx';
import { SimpleTable, type Column } from '../../kit/SimpleTable.tsx';

interface Props {
  item: RectDetail;
  onUploaded(item: RectDetail, message: string): void;
}

export function EvidenceSection({ item, onUploaded }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<string[]>([]);

  const download = (f: RectFile) => {
    setErrors([]);
    api
      .call('rect.downloadFile', { id: f.id })
      .then(downloadFile)
      .catch((e: unknown) => setErrors([messageOf(e)]));
  };

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.target.files ?? []);
    event.target.value = '';
    if (files.length === 0) return;
    setBusy(true);
    setErrors([]);
    void uploadEvidence(item.id, files, note).then(({ done, item: now, failures }) => {
      setBusy(false);
      setErrors(failures);
      if (now) {
        setNote('');
        onUploaded(now, `已上传 ${done.length} 份佐证材料`);
      }
    });
  };

  const columns: Column<RectFile>[] = [
    { header: '文件名', cell: (f) => f.fileName },
    { header: '材料说明', cell: (f) => f.note || '—' },
    { header: '大小', cell: (f) => formatSize(f.size), width: 80 },
    { header: '上传人', cell: (f) => f.addedByName, width: 80 },
    { header: '上传时间', cell: (f) => formatTimestamp(f.addedAt), width: 140 },
    { header: '操作', cell: (f) => <RowButton onClick={() => download(f)}>下载</RowButton>, width: 60 },
  ];

  const actions = item.can.evidence ? (
    <>
      <TextField label="材料说明" value={note} onChange={(e) => setNote(e.target.value)} size="small" sx={{ width: 240 }} slotProps={{ htmlInput: { maxLength: 100 } }} />
      <Button size="small" variant="outlined" startIcon={<UploadFileIcon />} disabled={busy} onClick={() => input.current?.click()}>
        {busy ? '正在上传…' : '上传佐证材料'}
      </Button>
      <input ref={input} type="file" multiple accept={EVIDENCE_ACCEPT} aria-label="选择佐证材料文件" hidden onChange={choose} />
    </>
  ) : null;

  return (
    <Section title="佐证材料" actions={actions}>
      {errors.map((e) => (
        <Alert key={e} severity="error" role="alert" sx={{ mb: 1 }}>
          {e}
        </Alert>
      ))}
      <SimpleTable label="佐证材料" columns={columns} rows={item.files} rowKey={(f) => f.id} empty={`暂无佐证材料。${item.can.evidence ? EVIDENCE_HINT : ''}`} />
    </Section>
  );
}
