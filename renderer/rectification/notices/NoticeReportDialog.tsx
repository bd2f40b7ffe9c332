// 登记整改情况报告: the unit's written report on a 预警告知书 as received — date, 报告摘要 and,
// optionally, its scan.
import { useRef, useState, type ChangeEvent } from 'react';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import AttachFileIcon from '@mui/icons-material/AttachFile';
import { noticeReportInput, type NoticeReport } from '../../../shared/rectification/index.ts';
import { api } from '../../api/client.ts';
import { useToday } from '../../app/session.ts';
import { DateInput } from '../../kit/DateInput.tsx';
import { readFileAsBase64 } from '../../kit/download.ts';
import { FormDialog } from '../../kit/forms/FormDialog.tsx';
import { FormTextField } from '../../kit/forms/FormTextField.tsx';
import { useSave } from '../../kit/forms/useSave.ts';
import { validate } from '../../kit/forms/validate.ts';
import { EVIDENCE_ACCEPT, EVIDENCE_HINT, evidenceProblem } from '../common/evidenceFiles.ts';

interface Props {
  documentId: number;
  onDone(report: NoticeReport): void;
  onClose(): void;
}

export function NoticeReportDialog({ documentId, onDone, onClose }: Props) {
  const today = useToday();
  const input = useRef<HTMLInputElement>(null);
  const [date, setDate] = useState(today);
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const { busy, problem, setProblem, save } = useSave(onDone);

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0] ?? null;
    event.target.value = '';
    if (!chosen) return;
    const refused = evidenceProblem(chosen);
    if (refused) return setProblem({ message: refused, fields: {} });
    setFile(chosen);
  };

  const submit = () => {
    const checked = validate(noticeReportInput, { documentId, date, text, file: null });
    if (!checked.ok) return setProblem(checked.problem);
    save(
      (file ? readFileAsBase64(file) : Promise.resolve(null)).then((dataBase64) =>
        api.call('rect.recordNoticeReport', { ...checked.data, file: file && dataBase64 ? { fileName: file.name, dataBase64 } : null }),
      ),
    );
  };

  const f = problem?.fields ?? {};
  return (
    <FormDialog open title="登记整改情况报告" busy={busy} error={problem?.message} dirty={text !== '' || file !== null} onSubmit={submit} onClose={onClose}>
      <DateInput label="报告日期" value={date} onChange={setDate} problem={f.date} max={today} required width={220} />
      <FormTextField label="报告摘要" value={text} onChange={(e) => setText(e.target.value)} required multiline minRows={3} autoFocus problem={f.text} maxChars={2000} />
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <Button size="small" startIcon={<AttachFileIcon />} onClick={() => input.current?.click()} disabled={busy}>
          {file ? '更换报告文件' : '附报告文件（可不附）'}
        </Button>
        {file ? <Chip label={file.name} onDelete={() => setFile(null)} /> : <span style={{ fontSize: 12, color: '#555' }}>{EVIDENCE_HINT}</span>}
        <input ref={input} type="file" accept={EVIDENCE_ACCEPT} aria-label="选择报告文件" hidden onChange={choose} />
      </Stack>
    </FormDialog>
  );
}
