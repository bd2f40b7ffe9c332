// A document's own page (#/documents/123): its kind and title, its status, and the draft's view
// (DraftView: edit, 预览, 印发, 删除草稿) or the issued one's (IssuedView: the frozen file, 下载,
// 打印, 更正); after 印发 the 文号 given.
import { useState } from 'react';
import { useParams } from 'react-router';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import type { DocDetail } from '../../../shared/documents/index.ts';
import { opKey, queryClient, useOp } from '../../api/query.ts';
import { ErrorAlert } from '../../kit/ErrorAlert.tsx';
import { useNotice } from '../../kit/useNotice.tsx';
import { ConsequenceTrace } from '../../consequences/index.ts';
import { DocStatusChip } from '../common/DocStatusChip.tsx';
import { useDocNav } from '../common/docRoute.ts';
import { DraftView } from './DraftView.tsx';
import { IssuedView } from './IssuedView.tsx';

/** #/documents/:id — a number that is not a document's id shows the service's own answer. */
export function DocumentRoute() {
  const { id = '' } = useParams();
  const n = /^\d{1,15}$/.test(id) ? Number(id) : 0;
  return <DocumentPage key={n} id={n} />;
}

function DocumentPage({ id }: { id: number }) {
  const query = useOp('docs.get', { id });
  const doc = query.data ?? null;
  const nav = useDocNav();
  const notice = useNotice();
  const [issued, setIssued] = useState<DocDetail | null>(null);
  const back = (
    <Button startIcon={<ArrowBackIcon />} onClick={nav.backToRegister}>
      返回发文登记
    </Button>
  );
  const changed = (d: DocDetail, message: string) => {
    queryClient.setQueryData(opKey('docs.get', { id: d.id }), d);
    notice.show(message);
  };

  if (!doc) {
    return (
      <>
        <Stack direction="row" sx={{ alignItems: 'center', mb: 1.5 }}>
          <Typography variant="h6" component="h1" sx={{ fontWeight: 600, flexGrow: 1 }}>
            公文
          </Typography>
          {back}
        </Stack>
        {query.error ? <ErrorAlert error={query.error} /> : <LinearProgress aria-label="正在读取公文" />}
      </>
    );
  }

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', minHeight: 0, flexGrow: 1 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1.5, flexWrap: 'wrap', rowGap: 1 }}>
        <Typography variant="h6" component="h1" sx={{ fontWeight: 600 }}>
          {doc.kindLabel}：{doc.title}
        </Typography>
        <DocStatusChip status={doc.status} />
        <Box sx={{ flexGrow: 1 }} />
        {back}
      </Stack>
      <ErrorAlert error={query.isRefetchError ? query.error : null} />
      {doc.kind === 'warning' || doc.kind === 'advice' ? <ConsequenceTrace documentId={doc.id} compact /> : null}
      {doc.status === '草稿' ? <DraftView key={doc.version} doc={doc} onChanged={changed} onIssued={(d) => {
        queryClient.setQueryData(opKey('docs.get', { id: d.id }), d);
        setIssued(d);
      }} /> : <IssuedView doc={doc} />}
      {issued ? (
        <Dialog open maxWidth="xs" fullWidth aria-labelledby="issued-title">
          <DialogTitle id="issued-title">已印发</DialogTitle>
          <DialogContent dividers>
            <Typography>
              文号：
              <Box component="b" aria-label="印发文号" sx={{ fontSize: 20 }}>
                {issued.number}
              </Box>
            </Typography>
            <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
              文件已定稿，不可再修改；如需更正，请在本页使用“更正”。
            </Typography>
          </DialogContent>
          <DialogActions>
            <Button variant="contained" autoFocus onClick={() => setIssued(null)}>
              确定
            </Button>
          </DialogActions>
        </Dialog>
      ) : null}
      {notice.element}
    </Box>
  );
}
