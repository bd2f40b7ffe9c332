// After a leader's 退回: the proposal that was returned and the leader's reason, until the tip
// is proposed again (the new 拟办 dialog starts from it).
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import type { ReturnedProposal } from '../../../shared/tips/ledger.ts';
import { formatTimestamp } from '../../../shared/kernel/dates.ts';

export function ReturnedAlert({ returned }: { returned: ReturnedProposal }) {
  return (
    <Alert severity="warning" sx={{ mb: 1.5 }} aria-label="拟办已退回">
      <AlertTitle>
        拟办已被退回：{returned.returnedBy}，{formatTimestamp(returned.returnedAt)}
      </AlertTitle>
      <div>退回理由：{returned.reason}</div>
      <div>
        退回的拟办：{returned.disposal}；承办部门：{returned.handlingDept}；承办人：{returned.handlerName || '—'}；承办时限：
        {returned.handlingDue ?? '—'}
      </div>
      {returned.proposalNote ? <div style={{ whiteSpace: 'pre-wrap' }}>原拟办意见：{returned.proposalNote}</div> : null}
    </Alert>
  );
}
