// 审批 (领导): agree to the proposed disposal, or return it to 拟办 with a reason.
import Typography from '@mui/material/Typography';
import { tipApproveInput } from '../../../shared/tips/steps.ts';
import { api } from '../../api/client.ts';
import { validate } from '../../kit/forms/validate.ts';
import type { ActionDialogProps } from './actionTypes.ts';
import { DecisionDialog } from './DecisionDialog.tsx';

export function ApproveDialog({ tip, onDone, onClose }: ActionDialogProps) {
  return (
    <DecisionDialog
      title="审批"
      approveLabel="同意"
      refuseLabel="退回"
      decide={(approved, note) => {
        const checked = validate(tipApproveInput, { id: tip.id, version: tip.version, approved, note });
        return checked.ok ? api.call('tips.approve', checked.data) : checked.problem;
      }}
      onDone={(d, approved) => onDone(d, approved ? '已同意，转承办' : '已退回拟办')}
      onClose={onClose}
    >
      <Typography variant="body2" component="div">
        拟办意见：处置方式 <b>{tip.disposal ?? '—'}</b>；承办部门 <b>{tip.handlingDept || '—'}</b>；承办人 <b>{tip.handlerName || '—'}</b>；
        承办时限 <b>{tip.handlingDueOriginal ?? '—'}</b>
        {tip.proposalNote ? <>。{tip.proposalNote}</> : null}
      </Typography>
    </DecisionDialog>
  );
}
