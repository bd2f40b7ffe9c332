// A document's own page (#/documents/123). A draft: its fields to edit (保存草稿), 预览 (the
// .docx as it will print, 文号 left open), 印发 (gives the 文号 and freezes the file) and 删除草稿.
// An issued one: the frozen file shown as its pages, 下载 .docx, 打印 (the pages alone) and
// 更正 (a new draft with the same fields naming this one).
import { useState } from 'react';
import { useParams } from 'react-router';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import DownloadIcon from '@mui/icons-material/Download';
import PrintIcon from '@mui/icons-material/Print';
import { numberYear, type DocDetail } from '../../../shared/documents/index.ts';
import type { FileResult } from '../../../shared/kernel/common.ts';
import { formatTimestamp } from '../../../shared/kernel/dates.ts';
import { api } from '../../api/client.ts';
import { opKey, queryClient, useOp } from '../../api/query.ts';
import { canCall } from '../../app/permissions.ts';
import { useSession } from '../../app/session.ts';
import { ConfirmDialog, type ConfirmRequest } from '../../kit/ConfirmDialog.tsx';
import { downloadFile } from '../../kit/download.ts';
import { DocxPreview, PRINT_VIEW_NOTE } from '../../kit/DocxPreview.tsx';
import { ErrorAlert } from '../../kit/ErrorAlert.tsx';
import { messageOf } from '../../kit/forms/problem.ts';
import { useNotice } from '../../kit/useNotice.tsx';
import { correctionText, DocStatusChip } from '../common/DocStatusChip.tsx';
import { useDocNav } from '../common/docRoute.ts';
import { NoticeForm, noticeDraftOf } from '../draft/NoticeForm.tsx';

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

function Facts({ doc }: { doc: DocDetail }) {
  const correction = correctionText(doc);
  const rows: Array<[string, string]> = [
    ['文号', doc.number ?? '（印发时生成）'],
    ['主送机关', doc.recipients],
    ['成文日期', doc.date ?? ''],
    ['拟稿人', doc.createdByName],
  ];
  if (doc.issuedAt) rows.push(['印发人', doc.issuedByName ?? ''], ['印发时间', formatTimestamp(doc.issuedAt)]);
  if (doc.source) rows.push(['来源', doc.source.label]);
  if (correction) rows.push(['更正', correction]);
  if (doc.sha256) rows.push(['文件校验值', doc.sha256]);
  return (
    <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 0.5, m: 0, mb: 1.5 }}>
      {rows.map(([label, value]) => (
        <Box key={label} sx={{ display: 'contents' }}>
          <Typography component="dt" color="text.secondary">
            {label}
          </Typography>
          <Typography component="dd" aria-label={label} sx={{ m: 0, wordBreak: 'break-all', fontFamily: label === '文件校验值' ? 'monospace' : undefined }}>
            {value}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}

interface DraftProps {
  doc: DocDetail;
  onChanged(d: DocDetail, message: string): void;
  /** Issued: the page shows the 文号 given (it outlives this view, which the issued one replaces). */
  onIssued(d: DocDetail): void;
}

function DraftView({ doc, onChanged, onIssued }: DraftProps) {
  const { user } = useSession();
  const nav = useDocNav();
  const mayWrite = canCall(user.role, 'docs.updateDraft');
  const [preview, setPreview] = useState<FileResult | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);

  const showPreview = () => {
    setPreviewing(true);
    setProblem(null);
    api
      .call('docs.preview', { id: doc.id })
      .then(setPreview, (e: unknown) => setProblem(messageOf(e)))
      .finally(() => setPreviewing(false));
  };

  const askIssue = () =>
    setConfirm({
      title: '印发公文',
      message: `印发后生成${numberYear(doc.fields.date)}年的文号（按成文日期${doc.fields.date}的年份），文件不可再修改。确定印发《${doc.title}》吗？`,
      confirmLabel: '印发',
      run: () => api.call('docs.issue', { id: doc.id, version: doc.version }).then(onIssued),
    });

  const askDiscard = () =>
    setConfirm({
      title: '删除草稿',
      message: `删除后草稿《${doc.title}》不可恢复。确定删除吗？`,
      confirmLabel: '删除草稿',
      danger: true,
      run: () => api.call('docs.discardDraft', { id: doc.id, version: doc.version }).then(nav.backToRegister),
    });

  return (
    <Stack direction={{ xs: 'column', lg: 'row' }} spacing={2} sx={{ minHeight: 0, flexGrow: 1 }}>
      <Paper variant="outlined" sx={{ p: 2, flex: '1 1 0', minWidth: 0, overflow: 'auto' }}>
        <Facts doc={doc} />
        {doc.replacesNumber ? (
          <Alert severity="info" sx={{ mb: 2 }}>
            本文件为{doc.replacesNumber}的更正稿，印发后原文件保持不变。
          </Alert>
        ) : null}
        <ErrorAlert error={problem} />
        {mayWrite ? (
          <NoticeForm
            initial={noticeDraftOf(doc.fields)}
            save={(fields) => api.call('docs.updateDraft', { id: doc.id, version: doc.version, fields })}
            onSaved={(d) => {
              setPreview(null);
              onChanged(d, '草稿已保存');
            }}
            actions={({ busy, dirty }) => (
              <>
                <Button type="submit" variant="contained" disabled={busy}>
                  保存草稿
                </Button>
                <Button variant="outlined" onClick={showPreview} disabled={busy || dirty || previewing}>
                  预览
                </Button>
                <Button variant="outlined" color="secondary" onClick={askIssue} disabled={busy || dirty}>
                  印发
                </Button>
                <Button color="error" onClick={askDiscard} disabled={busy}>
                  删除草稿
                </Button>
                {dirty ? (
                  <Typography variant="body2" color="text.secondary" sx={{ alignSelf: 'center' }}>
                    有未保存的修改：保存草稿后才能预览或印发。
                  </Typography>
                ) : null}
              </>
            )}
          />
        ) : (
          <Button variant="outlined" onClick={showPreview} disabled={previewing}>
            预览
          </Button>
        )}
      </Paper>
      {preview || previewing ? (
        <Box sx={{ flex: '1 1 0', minWidth: 0, minHeight: 480, display: 'flex' }}>
          <DocxPreview file={preview} label="公文预览" />
        </Box>
      ) : null}
      <ConfirmDialog request={confirm} onClose={() => setConfirm(null)} onDone={() => setConfirm(null)} />
    </Stack>
  );
}

function IssuedView({ doc }: { doc: DocDetail }) {
  const { user } = useSession();
  const nav = useDocNav();
  const file = useOp('docs.download', { id: doc.id });
  const [problem, setProblem] = useState<string | null>(null);
  const [correcting, setCorrecting] = useState(false);
  const [printable, setPrintable] = useState(false);

  const correct = () => {
    setCorrecting(true);
    setProblem(null);
    api.call('docs.createDraft', { kind: doc.kind, fields: doc.fields, replacesId: doc.id }).then(
      (draft) => nav.openDoc(draft.id),
      (e: unknown) => {
        setCorrecting(false);
        setProblem(messageOf(e));
      },
    );
  };

  return (
    <Stack direction={{ xs: 'column', lg: 'row' }} spacing={2} sx={{ minHeight: 0, flexGrow: 1 }}>
      <Paper variant="outlined" sx={{ p: 2, flex: '0 1 420px', minWidth: 0, overflow: 'auto' }}>
        <Facts doc={doc} />
        <ErrorAlert error={problem ?? file.error} />
        <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
          <Button variant="contained" startIcon={<DownloadIcon />} disabled={!file.data} onClick={() => file.data && downloadFile(file.data)}>
            下载 .docx
          </Button>
          <Button variant="outlined" startIcon={<PrintIcon />} disabled={!printable} onClick={() => window.print()}>
            打印
          </Button>
          {canCall(user.role, 'docs.createDraft') ? (
            <Button variant="outlined" onClick={correct} disabled={correcting}>
              更正
            </Button>
          ) : null}
        </Stack>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {PRINT_VIEW_NOTE}
        </Typography>
      </Paper>
      <Box sx={{ flex: '1 1 0', minWidth: 0, minHeight: 480, display: 'flex' }}>
        <DocxPreview file={file.data ?? null} label="公文预览" onReady={setPrintable} />
      </Box>
    </Stack>
  );
}
