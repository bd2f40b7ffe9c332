// After 登记: the new number and, for an anonymous tip, the 查询码 — shown this once only, so
// the clerk tells it to the reporter (or prints the slip) before leaving.
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import PrintIcon from '@mui/icons-material/Print';
import type { TipRegisterResult } from '../../../shared/tips/register.ts';
import { toChineseDate } from '../../../shared/kernel/dates.ts';
import { PrintSlip } from '../../kit/PrintSlip.tsx';
import { useToday } from '../../app/session.ts';
import { useOp } from '../../api/query.ts';

interface Props {
  result: TipRegisterResult;
  failures: string[];
  onOpen(): void;
}

/** K7PM3QXD → K7PM-3QXD, as it is read out. */
function spaced(code: string): string {
  return code.length === 8 ? `${code.slice(0, 4)}-${code.slice(4)}` : code;
}

export function RegisteredDialog({ result, failures, onOpen }: Props) {
  const today = useToday();
  // The office named on the slip (whom to ask), once its profile is saved.
  const office = useOp('office.get', {}).data;
  const named = office?.saved ? office : null;
  const code = result.queryCode ? spaced(result.queryCode) : null;
  return (
    <Dialog open fullWidth maxWidth="xs" aria-labelledby="registered-title">
      <DialogTitle id="registered-title">登记成功</DialogTitle>
      <DialogContent dividers>
        <Stack spacing={2}>
          <Typography>
            信访件编号：<b aria-label="信访件编号">{result.number}</b>
          </Typography>
          {code ? (
            <Alert severity="warning" icon={false}>
              <Typography variant="body2">查询码（请告知匿名反映人）：</Typography>
              <Typography aria-label="查询码" sx={{ fontSize: 30, fontWeight: 700, letterSpacing: 4, fontFamily: 'monospace', my: 1 }}>
                {code}
              </Typography>
              <Typography variant="body2">查询码只显示这一次，关闭后无法再次查看。反映人凭查询码只能查询办理阶段。</Typography>
            </Alert>
          ) : null}
          {failures.length > 0 ? (
            <Alert severity="error" role="alert">
              以下附件未能上传，可在信访件页面重新上传：
              <ul style={{ margin: 0, paddingLeft: 20 }}>
                {failures.map((f) => (
                  <li key={f}>{f}</li>
                ))}
              </ul>
            </Alert>
          ) : null}
        </Stack>
        {code ? (
          <PrintSlip>
            <p>信访举报查询码</p>
            <p>
              编号：{result.number}
              <br />
              查询码：<b style={{ fontSize: '22pt', letterSpacing: '4pt' }}>{code}</b>
            </p>
            <p>凭此查询码可向本机关查询所反映问题的办理阶段。请妥善保管。</p>
            {named ? (
              <p>
                {named.organs.map((organ) => (
                  <span key={organ}>
                    {organ}
                    <br />
                  </span>
                ))}
                {named.phone ? `联系电话：${named.phone}` : null}
              </p>
            ) : null}
            <p>{toChineseDate(today)}</p>
          </PrintSlip>
        ) : null}
      </DialogContent>
      <DialogActions>
        {code ? (
          <Button startIcon={<PrintIcon />} onClick={() => window.print()}>
            打印查询码
          </Button>
        ) : null}
        <Button variant="contained" onClick={onOpen} autoFocus>
          查看信访件
        </Button>
      </DialogActions>
    </Dialog>
  );
}
