// 审批延期 (领导): the pending request — the deadline in force and the one asked, the reason —
// 同意 or 不同意, with the 审批意见.
import { useState } from 'react';
import Typography from '@mui/material/Typography';
import { rectExtensionDecideInput, type RectDetail, type RectExtension } from '../../../shared/rectification/index.ts';
import { formatTimestamp } from '../../../shared/kernel/dates.ts';
import { api } from '../../api/client.ts';
import { FormDialog } from '../../kit/forms/FormDialog.tsx';
import { FormTextField } from '../../kit/forms/FormTextField.tsx';
import { useSave } from '../../kit/forms/useSave.ts';
import { validate } from '../../kit/forms/validate.ts';
import type { ActionDialogProps } from './actionTypes.ts';
import { DecisionField } from './DecisionField.tsx';

export function ExtensionDecideDialog({ item, extension, onDone, onClose }: ActionDialogProps & { extension: RectExtension | null }) {
  const [approve, setApprove] = useState<boolean | null>(null);
  const [opinion, setOpinion] = useState('');
  const { busy, problem, setProblem, save } = useSave((d: RectDetail) =>
    onDone(d, approve ? `已同意延期至 ${extension?.requestedDeadline ?? d.deadline}` : '已不同意延期'),
  );

  const submit = () => {
    const checked = validate(rectExtensionDecideInput, { id: item.id, version: item.version, approve: approve ?? undefined, opinion });
    if (!checked.ok) return setProblem(checked.problem);
    save(api.call('rect.decideExtension', checked.data));
  };

  const f = problem?.fields ?? {};
  return (
    <FormDialog open title="审批延期" submitLabel="提交审批" busy={busy} error={problem?.message} dirty={opinion !== '' || approve !== null} onSubmit={submit} onClose={onClose}>
      {extension ? (
        <Typography variant="body2" component="div">
          {extension.requestedByName} 于 {formatTimestamp(extension.requestedAt)} 申请：整改时限由 <b>{extension.previousDeadline}</b> 延期至{' '}
          <b>{extension.requestedDeadline}</b>。
          <br />
          延期理由：{extension.reason}
        </Typography>
      ) : null}
      <DecisionField label="审批结论" yes="同意" no="不同意" value={approve} onChange={setApprove} problem={f.approve} />
      <FormTextField label="审批意见" value={opinion} onChange={(e) => setOpinion(e.target.value)} multiline minRows={3} problem={f.opinion} maxChars={1000} />
    </FormDialog>
  );
}
