// 查询码查询: the clerk types the code an anonymous reporter quotes and is told the stage the
// matter is at — nothing else about it is shown.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import { queryCodeInput, type QueryCodeResult } from '../../../shared/tips/steps.ts';
import { api } from '../../api/client.ts';
import { FormDialog } from '../../kit/forms/FormDialog.tsx';
import { FormTextField } from '../../kit/forms/FormTextField.tsx';
import { useSave } from '../../kit/forms/useSave.ts';
import { validate } from '../../kit/forms/validate.ts';

export function LookupCodeDialog({ onClose }: { onClose(): void }) {
  const [code, setCode] = useState('');
  const [found, setFound] = useState<QueryCodeResult | null>(null);
  const { busy, problem, setProblem, save } = useSave((result: QueryCodeResult) => setFound(result));

  const submit = () => {
    setFound(null);
    const checked = validate(queryCodeInput, { code });
    if (!checked.ok) return setProblem({ message: checked.problem.fields.code ?? checked.problem.message, fields: checked.problem.fields });
    save(api.call('tips.lookupCode', checked.data));
  };

  return (
    <FormDialog open title="查询码查询" submitLabel="查询" busy={busy} error={problem?.message} onSubmit={submit} onClose={onClose} maxWidth="xs">
      <Typography variant="body2" color="text.secondary">
        匿名反映人报出查询码时，可在此告知其办理阶段。查询结果只显示办理阶段，不显示其他任何内容。
      </Typography>
      <FormTextField
        label="查询码"
        value={code}
        onChange={(e) => {
          setCode(e.target.value);
          setFound(null);
        }}
        autoFocus
        required
        problem={problem?.fields.code}
        hint="8位字母和数字，如 K7PM-3QXD"
        slotProps={{ htmlInput: { maxLength: 20, autoComplete: 'off', spellCheck: false } }}
      />
      {found ? (
        <Alert severity="info" role="status" aria-label="查询结果">
          办理阶段：<b>{found.status}</b>
        </Alert>
      ) : null}
    </FormDialog>
  );
}
