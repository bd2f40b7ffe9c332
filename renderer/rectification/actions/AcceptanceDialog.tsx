// 申请验收: the unit's completion report as the office recorded it (date, 整改完成情况), with the
// files that go with it — uploaded first as 佐证材料 (one a call), then the request is sent.
import { useRef, useState, type ChangeEvent } from 'react';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import AttachFileIcon from '@mui/icons-material/AttachFile';
import { rectAcceptanceInput, type RectDetail } from '../../../shared/rectification/index.ts';
import { api } from '../../api/client.ts';
import { useToday } from '../../app/session.ts';
import { DateInput } from '../../kit/DateInput.tsx';
import { FormDialog } from '../../kit/forms/FormDialog.tsx';
import { FormTextField } from '../../kit/forms/FormTextField.tsx';
import { useSave } from '../../kit/forms/useSave.ts';
import { validate } from '../../kit/forms/validate.ts';
import { EVIDENCE_ACCEPT, EVIDENCE_HINT, evidenceProblem, uploadEvidence } from '../common/evidenceFiles.ts';
import type { ActionDialogProps } from './actionTypes.ts';

export function AcceptanceDialog({ item, onDone, onClose }: ActionDialogProps) {
  const today = useToday();
  const input = useRef<HTMLInputElement>(null);
  const [date, setDate] = useState(today);
  const [text, setText] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const { busy: saving, problem, setProblem, save } = useSave((d: RectDetail) => onDone(d, '已申请验收，待监督检查室验收'));

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = Array.from(event.target.files ?? []);
    event.target.value = '';
    const refused = chosen.map(evidenceProblem).filter((p): p is string => p !== null);
    if (refused.length > 0) setProblem({ message: refused.join('；'), fields: {} });
    setFiles([...files, ...chosen.filter((f) => evidenceProblem(f) === null)]);
  };

  const [uploading, setUploading] = useState(false);
  // The version the request goes with: the item as read, or as this dialog's own uploads left it.
  const version = useRef(item.version);

  const submit = () => {
    const checked = validate(rectAcceptanceInput, { id: item.id, version: version.current, date, text });
    if (!checked.ok) return setProblem(checked.problem);
    if (files.length === 0) return save(api.call('rect.requestAcceptance', checked.data));
    setUploading(true);
    setProblem(null);
    void uploadEvidence(item.id, files, '申请验收材料').then(({ done, item: now, failures }) => {
      setUploading(false);
      setFiles(files.filter((f) => !done.includes(f.name)));
      if (now) version.current = now.version;
      if (failures.length > 0) return setProblem({ message: failures.join('；'), fields: {} });
      // The files are on record (each upload moved the item's version): the request goes with the item as they left it.
      save(api.call('rect.requestAcceptance', { ...checked.data, version: version.current }));
    });
  };

  const busy = saving || uploading;
  const f = problem?.fields ?? {};
  return (
    <FormDialog open title="申请验收" submitLabel="提交申请" busy={busy} error={problem?.message} dirty={text !== '' || files.length > 0} onSubmit={submit} onClose={onClose}>
      <DateInput label="申请日期" value={date} onChange={setDate} problem={f.date} max={today} required width={220} />
      <FormTextField label="整改完成情况" value={text} onChange={(e) => setText(e.target.value)} required multiline minRows={3} autoFocus problem={f.text} maxChars={2000} />
      <Stack spacing={1}>
        <Typography variant="body2" color="text.secondary">
          附上的材料作为佐证材料上传（可不附；{EVIDENCE_HINT}）。已有佐证材料 {item.files.length} 份。
        </Typography>
        <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
          {files.map((file, i) => (
            <Chip key={`${file.name}-${i}`} label={file.name} onDelete={() => setFiles(files.filter((_, j) => j !== i))} />
          ))}
        </Stack>
        <div>
          <Button size="small" startIcon={<AttachFileIcon />} onClick={() => input.current?.click()} disabled={busy}>
            添加材料
          </Button>
          <input ref={input} type="file" multiple accept={EVIDENCE_ACCEPT} aria-label="选择申请验收材料" hidden onChange={choose} />
        </div>
      </Stack>
    </FormDialog>
  );
}
