// What 发布廉情指数 shows once the period is published: 已发布 with the scheme version, and the link to
// what the result calls for (查看预警闭环 — the period's consequences page). 完成 closes it.
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { periodLabel, schemeVersionLabel, type PublicationRow } from '../../../shared/integrity/index.ts';
import { canCall } from '../../app/permissions.ts';
import { useSession } from '../../app/session.ts';
import { consequencesPath, href } from '../common/routes.ts';

export function PublishedNote({ publication: p, onClose }: { publication: PublicationRow; onClose(): void }) {
  const { user } = useSession();
  const label = periodLabel(p.year, p.quarter);
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="published-title">
      <DialogTitle id="published-title">发布廉情指数</DialogTitle>
      <DialogContent dividers>
        <Alert severity="success" role="status">
          已发布{label}廉情指数（评分方案 {schemeVersionLabel(p.scheme)}，参评单位 {p.units} 个）。
        </Alert>
        {canCall(user.role, 'consequences.period') ? (
          <Typography sx={{ mt: 1.5 }}>
            结果要求的预警事项在“预警闭环”中跟踪办理：
            <Link href={href(consequencesPath(p.year, p.quarter))}>查看预警闭环</Link>
          </Typography>
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button variant="contained" autoFocus onClick={onClose}>
          完成
        </Button>
      </DialogActions>
    </Dialog>
  );
}
