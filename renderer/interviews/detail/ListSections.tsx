// The lists on a talk's or letter's page: 后续事项 (each with its 完成时限, 完成 when done), 材料
// (download each — an audited read —, 上传材料), 延期 (requests and decisions) and 办理记录.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import AddIcon from '@mui/icons-material/Add';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import type { InterviewDetail, InterviewExtension, InterviewFile, InterviewFollowUp, InterviewHistoryEntry } from '../../../shared/interviews/index.ts';
import { formatTimestamp } from '../../../shared/kernel/dates.ts';
import { api } from '../../api/client.ts';
import { downloadFile } from '../../kit/download.ts';
import { messageOf } from '../../kit/forms/problem.ts';
import { RowButton } from '../../kit/RowButton.tsx';
import { Section } from '../../kit/Section.tsx';
import { SimpleTable, type Column } from '../../kit/SimpleTable.tsx';
import { formatSize } from '../../kit/uploadFiles.ts';
import { AddFollowUpDialog, DoneFollowUpDialog } from './actions/FollowUpDialogs.tsx';
import { UploadDialog } from './actions/UploadDialog.tsx';
import { HIDDEN } from './InfoSections.tsx';

interface ChangeProps {
  item: InterviewDetail;
  onChanged(item: InterviewDetail, message: string): void;
}

export function FollowUpsSection({ item, onChanged }: ChangeProps) {
  const [adding, setAdding] = useState(false);
  const [done, setDone] = useState<InterviewFollowUp | null>(null);
  const columns: Column<InterviewFollowUp>[] = [
    { header: '后续事项', cell: (u) => u.content ?? HIDDEN },
    {
      header: '完成时限',
      cell: (u) => (
        <Stack direction="row" spacing={0.75} sx={{ alignItems: 'center' }}>
          <span>{u.dueDate}</span>
          {u.overdue ? <Chip size="small" color="error" label="逾期" sx={{ height: 22 }} /> : null}
        </Stack>
      ),
      width: 150,
    },
    { header: '完成日期', cell: (u) => u.doneDate ?? '—', width: 100 },
    { header: '完成情况', cell: (u) => u.doneNote ?? (u.doneDate ? '' : '—') },
  ];
  if (item.can.followUp) {
    columns.push({
      header: '操作',
      cell: (u) => (u.doneDate === null ? <RowButton onClick={() => setDone(u)}>完成</RowButton> : null),
      width: 60,
    });
  }
  const finish = (d: InterviewDetail, message: string) => {
    setAdding(false);
    setDone(null);
    onChanged(d, message);
  };
  return (
    <Section
      title="后续事项"
      actions={
        item.can.followUp ? (
          <Button size="small" variant="outlined" startIcon={<AddIcon />} onClick={() => setAdding(true)}>
            添加后续事项
          </Button>
        ) : null
      }
    >
      <SimpleTable label="后续事项" columns={columns} rows={item.followUps} rowKey={(u) => u.id} empty="没有后续事项。" />
      {adding ? <AddFollowUpDialog item={item} onDone={finish} onClose={() => setAdding(false)} /> : null}
      {done ? <DoneFollowUpDialog followUp={done} onDone={finish} onClose={() => setDone(null)} /> : null}
    </Section>
  );
}

export function FilesSection({ item, onChanged }: ChangeProps) {
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const download = (file: InterviewFile) => {
    setError(null);
    api
      .call('interviews.downloadFile', { id: file.id })
      .then(downloadFile)
      .catch((e: unknown) => setError(messageOf(e)));
  };
  const columns: Column<InterviewFile>[] = [
    { header: '材料类别', cell: (f) => f.kind, width: 110 },
    { header: '文件名', cell: (f) => f.fileName },
    { header: '大小', cell: (f) => formatSize(f.size), width: 80 },
    { header: '上传人', cell: (f) => f.byName, width: 80 },
    { header: '上传时间', cell: (f) => formatTimestamp(f.at), width: 140 },
    { header: '操作', cell: (f) => <RowButton onClick={() => download(f)}>下载</RowButton>, width: 60 },
  ];
  return (
    <Section
      title="材料"
      actions={
        item.can.addFile ? (
          <Button size="small" variant="outlined" startIcon={<UploadFileIcon />} onClick={() => setUploading(true)}>
            上传材料
          </Button>
        ) : null
      }
    >
      {error ? (
        <Alert severity="error" role="alert" sx={{ mb: 1 }}>
          {error}
        </Alert>
      ) : null}
      <SimpleTable label="材料" columns={columns} rows={item.files} rowKey={(f) => f.id} empty="没有材料。" />
      {uploading ? (
        <UploadDialog
          item={item}
          onClose={() => setUploading(false)}
          onDone={(d, message) => {
            setUploading(false);
            onChanged(d, message);
          }}
        />
      ) : null}
    </Section>
  );
}

const EXTENSION_COLUMNS: Column<InterviewExtension>[] = [
  { header: '申请时间', cell: (e) => formatTimestamp(e.requestedAt), width: 140 },
  { header: '申请人', cell: (e) => e.byName, width: 80 },
  { header: '原期限', cell: (e) => e.oldDue, width: 100 },
  { header: '延期至', cell: (e) => e.newDue, width: 100 },
  { header: '延期理由', cell: (e) => e.reason },
  { header: '审批', cell: (e) => e.state, width: 70 },
  { header: '审批人', cell: (e) => e.decidedBy ?? '—', width: 80 },
  { header: '审批时间', cell: (e) => (e.decidedAt ? formatTimestamp(e.decidedAt) : '—'), width: 140 },
  { header: '审批意见', cell: (e) => e.decisionNote || '—' },
];

export function ExtensionsSection({ extensions }: { extensions: InterviewExtension[] }) {
  if (extensions.length === 0) return null;
  return (
    <Section title="延期">
      <SimpleTable label="延期" columns={EXTENSION_COLUMNS} rows={extensions} rowKey={(e) => e.id} empty="" />
    </Section>
  );
}

type HistoryRow = InterviewHistoryEntry & { seq: number };

const HISTORY_COLUMNS: Column<HistoryRow>[] = [
  { header: '日期', cell: (h) => h.date ?? '—', width: 100 },
  { header: '环节', cell: (h) => h.action, width: 120 },
  { header: '内容', cell: (h) => h.text || '—' },
  { header: '办理人', cell: (h) => h.byName, width: 90 },
  { header: '记录时间', cell: (h) => formatTimestamp(h.at), width: 140 },
];

export function HistorySection({ history }: { history: InterviewHistoryEntry[] }) {
  return (
    <Section title="办理记录">
      <SimpleTable label="办理记录" columns={HISTORY_COLUMNS} rows={history.map((h, seq) => ({ ...h, seq }))} rowKey={(h) => h.seq} empty="尚无记录。" />
    </Section>
  );
}
