// A published year's 预警建议书: how many are drafts, issued and delivered; 合并预览 of the drafts,
// 批量印发 (every draft at the version the register holds, numbered consecutively in unit order —
// all or none), 合并打印 of the issued ones.
import { useState } from 'react';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { api } from '../../api/client.ts';
import { useOp } from '../../api/query.ts';
import { canCall } from '../../app/permissions.ts';
import { useSession } from '../../app/session.ts';
import { ConfirmDialog, type ConfirmRequest } from '../../kit/ConfirmDialog.tsx';
import { ErrorAlert } from '../../kit/ErrorAlert.tsx';
import { Section } from '../../kit/Section.tsx';
import { AdvicePrintDialog } from './AdvicePrintDialog.tsx';

interface Props {
  year: number;
  onIssued(message: string): void;
}

export function AdviceSection({ year, onIssued }: Props) {
  const { user } = useSession();
  const standing = useOp('consequences.adviceBatch', { year });
  const [printing, setPrinting] = useState<'草稿' | '已印发' | null>(null);
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);
  const s = standing.data;

  const askIssue = () => {
    if (!s) return;
    const count = s.drafts.length;
    setConfirm({
      title: '批量印发预警建议书',
      message: `将印发${year}年度预警建议书草稿${count}份，文号将按单位顺序连续编号。印发后文件定稿，不可再修改。确定印发吗？`,
      confirmLabel: `印发${count}份`,
      run: async () => {
        const drafts = s.drafts.map((d) => ({ id: d.id, version: d.version }));
        const issued = await api.call('consequences.issueAdvice', { year, drafts });
        const numbers = issued.map((d) => d.number).filter((n): n is string => n !== null);
        const range = numbers.length > 1 ? `（${numbers[0]}至${numbers[numbers.length - 1]}）` : numbers.length === 1 ? `（${numbers[0]}）` : '';
        onIssued(`已印发预警建议书${issued.length}份${range}`);
      },
    });
  };

  return (
    <Section
      title={`${year}年度预警建议书`}
      actions={
        s ? (
          <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
            <Button variant="outlined" disabled={s.drafts.length === 0} onClick={() => setPrinting('草稿')}>
              合并预览
            </Button>
            {canCall(user.role, 'consequences.issueAdvice') ? (
              <Button variant="contained" disabled={s.drafts.length === 0} onClick={askIssue}>
                批量印发
              </Button>
            ) : null}
            <Button variant="outlined" disabled={s.issued === 0} onClick={() => setPrinting('已印发')}>
              合并打印
            </Button>
          </Stack>
        ) : null
      }
    >
      <ErrorAlert error={standing.error} sx={{}} />
      {standing.isFetching && !s ? <LinearProgress aria-label="正在统计预警建议书" /> : null}
      {s ? (
        <Typography variant="body2" aria-label="预警建议书办理情况">
          草稿 {s.drafts.length} 份 · 已印发 {s.issued} 份 · 已送达 {s.delivered} 份
        </Typography>
      ) : null}
      {printing ? <AdvicePrintDialog year={year} which={printing} onClose={() => setPrinting(null)} /> : null}
      <ConfirmDialog request={confirm} onClose={() => setConfirm(null)} onDone={() => setConfirm(null)} />
    </Section>
  );
}
