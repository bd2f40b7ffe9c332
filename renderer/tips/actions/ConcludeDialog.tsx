// 办结: the result (required for 谈话函询 and 初步核实), the date, what was done, and for each
// reported person the 处理. 查否 means no 处理 for anyone.
import { useState } from 'react';
import MenuItem from '@mui/material/MenuItem';
import Typography from '@mui/material/Typography';
import { DISPOSALS_NEEDING_RESULT, TIP_RESULTS, type TipResult } from '../../../shared/tips/enums.ts';
import { tipConcludeInput } from '../../../shared/tips/steps.ts';
import { type TipDetail } from '../../../shared/tips/ledger.ts';
import { api } from '../../api/client.ts';
import { FormDialog } from '../../kit/forms/FormDialog.tsx';
import { FormTextField } from '../../kit/forms/FormTextField.tsx';
import { useSave } from '../../kit/forms/useSave.ts';
import { concludedDayProblems } from '../../../shared/tips/dayRules.ts';
import { validate } from '../../kit/forms/validate.ts';
import { DateInput } from '../../kit/DateInput.tsx';
import type { ActionDialogProps } from './actionTypes.ts';
import { OutcomeFields, type OutcomeDraft } from './OutcomeFields.tsx';
import { useToday } from '../../app/session.ts';

function rowProblems(fields: Record<string, string>, index: number): Record<string, string> {
  const prefix = `outcomes.${index}.`;
  return Object.fromEntries(Object.entries(fields).filter(([k]) => k.startsWith(prefix)).map(([k, v]) => [k.slice(prefix.length), v]));
}

export function ConcludeDialog({ tip, onDone, onClose }: ActionDialogProps) {
  const needsResult = tip.disposal !== null && DISPOSALS_NEEDING_RESULT.includes(tip.disposal);
  const [result, setResult] = useState<TipResult | ''>('');
  const today = useToday();
  const [date, setDate] = useState(today);
  const [conclusion, setConclusion] = useState('');
  const [outcomes, setOutcomes] = useState<OutcomeDraft[]>(() =>
    tip.people.map((p) => ({ tipPersonId: p.id, outcome: '无', grade: '', circumstance: '一般', conductDate: '' })),
  );
  const { busy, problem, setProblem, save } = useSave((d: TipDetail) => onDone(d, '已办结'));
  const notFound = result === '查否';

  const submit = () => {
    const sent = notFound ? outcomes.map((o) => ({ ...o, outcome: '无' as const, grade: '', conductDate: '' })) : outcomes;
    const checked = validate(tipConcludeInput, {
      id: tip.id,
      version: tip.version,
      result: result || null,
      concludedDate: date,
      conclusion,
      outcomes: sent,
    }, [
      ...(needsResult && !result ? [{ field: 'result', message: '请选择办理结果' }] : []),
      ...concludedDayProblems(date, tip.receivedDate, today),
    ]);
    if (!checked.ok) return setProblem(checked.problem);
    save(api.call('tips.conclude', checked.data));
  };

  const f = problem?.fields ?? {};
  return (
    <FormDialog open title="办结" submitLabel="办结" busy={busy} error={problem?.message} onSubmit={submit} onClose={onClose} maxWidth="md">
      <Typography variant="body2" color="text.secondary">
        处置方式：{tip.disposal ?? '—'}　承办部门：{tip.handlingDept || '—'}　承办人：{tip.handlerName || '—'}
      </Typography>
      <FormTextField
        select
        label="办理结果"
        required={needsResult}
        value={result}
        onChange={(e) => setResult(e.target.value as TipResult | '')}
        problem={f.result}
        hint={needsResult ? undefined : '本处置方式可不填'}
        autoFocus
      >
        {needsResult ? null : <MenuItem value="">（不填）</MenuItem>}
        {TIP_RESULTS.map((r) => (
          <MenuItem key={r} value={r}>
            {r}
          </MenuItem>
        ))}
      </FormTextField>
      <DateInput label="办结日期" value={date} onChange={setDate} problem={f.concludedDate} min={tip.receivedDate} max={today} required />
      <FormTextField label="办理情况" value={conclusion} onChange={(e) => setConclusion(e.target.value)} required multiline minRows={4} problem={f.conclusion} />
      {tip.people.length > 0 ? <Typography variant="subtitle2">被反映人的处理</Typography> : null}
      {tip.people.map((p, i) => (
        <OutcomeFields
          key={p.id}
          person={p}
          value={outcomes[i] ?? { tipPersonId: p.id, outcome: '无', grade: '', circumstance: '一般', conductDate: '' }}
          onChange={(o) => setOutcomes(outcomes.map((x, j) => (j === i ? o : x)))}
          problems={rowProblems(f, i)}
          locked={notFound}
        />
      ))}
    </FormDialog>
  );
}
