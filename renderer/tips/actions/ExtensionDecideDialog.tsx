// 延期审批 (领导): the pending request — original and requested dates, the reason — agreed or not.
import Typography from '@mui/material/Typography';
import { extensionDecideInput } from '../../../shared/tips/steps.ts';
import { type TipExtension } from '../../../shared/tips/ledger.ts';
import { formatTimestamp } from '../../../shared/kernel/dates.ts';
import { api } from '../../api/client.ts';
import { validate } from '../../kit/forms/validate.ts';
import type { ActionDialogProps } from './actionTypes.ts';
import { DecisionDialog } from './DecisionDialog.tsx';

export function ExtensionDecideDialog({ tip, extension, onDone, onClose }: ActionDialogProps & { extension: TipExtension }) {
  return (
    <DecisionDialog
      title="延期审批"
      approveLabel="同意延期"
      refuseLabel="不同意"
      decide={(approved, note) => {
        const checked = validate(extensionDecideInput, { extensionId: extension.id, approved, note });
        return checked.ok ? api.call('tips.decideExtension', checked.data) : checked.problem;
      }}
      onDone={(d, approved) => onDone(d, approved ? `已同意延期至 ${extension.newDue}` : '已不同意延期')}
      onClose={onClose}
    >
      <Typography variant="body2" component="div">
        {extension.requestedBy} 于 {formatTimestamp(extension.requestedAt)} 申请：承办时限由 <b>{extension.oldDue}</b> 延期至{' '}
        <b>{extension.newDue}</b>。
        <br />
        延期理由：{extension.reason}
      </Typography>
    </DecisionDialog>
  );
}
