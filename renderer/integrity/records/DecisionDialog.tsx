// 登记 a decision made elsewhere (案件审理, 上级纪委, 司法机关): the person from the registry (their unit
// and 身份类别 are recorded as they are today), the outcome and — for 党纪处分 / 政务处分 — its grade,
// the circumstance, the conduct date, and the scanned decision (PDF/JPG/PNG). Not editable afterwards.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { DECISION_BODIES, DECISION_OUTCOMES, type DecisionBody, type DecisionRow, type EventOutcome } from '../../../shared/integrity/index.ts';
import { CIRCUMSTANCES, OUTCOME_GRADES, type Circumstance } from '../../../shared/tips/index.ts';
import { api } from '../../api/client.ts';
import { useToday } from '../../app/session.ts';
import { ChoiceField } from '../../kit/ChoiceField.tsx';
import { DateInput } from '../../kit/DateInput.tsx';
import { readFileAsBase64 } from '../../kit/download.ts';
import { FormDialog } from '../../kit/forms/FormDialog.tsx';
import { useSave } from '../../kit/forms/useSave.ts';
import { PersonPicker, type PickedPerson } from '../../registry/index.ts';

interface Props {
  onSaved(row: DecisionRow): void;
  onClose(): void;
}

const GRADES = OUTCOME_GRADES as Partial<Record<string, readonly string[]>>;
const SCAN_ACCEPT = '.pdf,.jpg,.jpeg,.png';

export function DecisionDialog({ onSaved, onClose }: Props) {
  const today = useToday();
  const [body, setBody] = useState<DecisionBody | ''>('');
  const [documentNumber, setDocumentNumber] = useState('');
  const [decidedDate, setDecidedDate] = useState(today);
  const [person, setPerson] = useState<PickedPerson | null>(null);
  const [outcome, setOutcome] = useState<EventOutcome | ''>('');
  const [grade, setGrade] = useState('');
  const [circumstance, setCircumstance] = useState<Circumstance | ''>('一般');
  const [conductDate, setConductDate] = useState('');
  const [summary, setSummary] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const { busy, problem, save, setProblem } = useSave(onSaved);
  const f = problem?.fields ?? {};
  const grades = outcome ? GRADES[outcome] : undefined;

  const submit = () => {
    const run = async () => {
      const scan = file ? { fileName: file.name, dataBase64: await readFileAsBase64(file) } : undefined;
      return api.call('integrity.addDecision', {
        body: body || '案件审理', documentNumber, decidedDate, personId: person?.id ?? 0, outcome: outcome || '党纪处分', grade: grades ? grade : '',
        circumstance: circumstance || '一般', conductDate, summary, ...(scan ? { file: scan } : {}),
      });
    };
    if (!body || !outcome) {
      setProblem({ message: '请选择决定机关和处理结果。', fields: { ...(body ? {} : { body: '请选择决定机关' }), ...(outcome ? {} : { outcome: '请选择处理结果' }) } });
      return;
    }
    save(run());
  };

  return (
    <FormDialog open title="登记处分决定" busy={busy} error={problem?.message} dirty onClose={onClose} onSubmit={submit} maxWidth="md">
      <Alert severity="info">
        处分决定登记后不能修改或删除；登记有误的，请按本机关的程序纠正（如另行作出决定后登记），并在此说明。
      </Alert>
      <ChoiceField label="决定机关" value={body} choices={DECISION_BODIES} onChange={setBody} error={f['body']} autoFocus />
      <TextField label="决定文号" value={documentNumber} onChange={(e) => setDocumentNumber(e.target.value)} required error={Boolean(f['documentNumber'])} helperText={f['documentNumber']} />
      <DateInput label="决定日期" value={decidedDate} onChange={setDecidedDate} required max={today} problem={f['decidedDate']} hint="按决定日期所在季度计分。" />
      <PersonPicker label="被处理人" value={person} onChange={setPerson} error={f['personId']} helperText="从人员名册中选择；其所在单位和身份类别按登记时记录。" />
      <ChoiceField
        label="处理结果"
        value={outcome}
        choices={DECISION_OUTCOMES}
        onChange={(o) => {
          setOutcome(o);
          setGrade('');
        }}
        error={f['outcome']}
      />
      {grades ? <ChoiceField label="处分档次" value={grade} choices={grades as readonly string[]} onChange={setGrade} error={f['grade']} /> : null}
      <ChoiceField label="情节" value={circumstance} choices={CIRCUMSTANCES} onChange={setCircumstance} error={f['circumstance']} />
      <TextField
        label="行为发生时间"
        value={conductDate}
        onChange={(e) => setConductDate(e.target.value)}
        placeholder="2025-06 或 2025-06-15"
        error={Boolean(f['conductDate'])}
        helperText={f['conductDate'] ?? '年月或日期；不清楚可不填（按本期行为计）。'}
      />
      <TextField label="违纪违法事实摘要" value={summary} onChange={(e) => setSummary(e.target.value)} required multiline minRows={3} error={Boolean(f['summary'])} helperText={f['summary']} />
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Button variant="outlined" component="label">
          上传决定书
          <input hidden type="file" accept={SCAN_ACCEPT} aria-label="决定书文件" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </Button>
        <Typography variant="body2" color={f['file'] ? 'error' : 'text.secondary'}>
          {f['file'] ?? (file ? file.name : '扫描件：PDF、JPG 或 PNG，不超过10MB（可不上传）')}
        </Typography>
      </Stack>
    </FormDialog>
  );
}
