// A draft on its page: its fields to edit by its kind's form (保存草稿), 预览 (the .docx as it will
// print, 文号 left open), 印发 (gives the 文号 and freezes the file; a 预警告知书's also makes its
// rectification items, a 函询通知书's or 委托谈话通知书's starts the deadline of its talk or letter)
// and 删除草稿 — not for a draft a consequence of the 廉情指数 made (it is closed there, with a
// reason; its unit stays). Roles that only read see the facts and 预览.
import { useState, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { CONSEQUENCE_DRAFT_KEPT, madeByConsequence, type DocDetail } from '../../../shared/documents/index.ts';
import type { FileResult } from '../../../shared/kernel/common.ts';
import { api } from '../../api/client.ts';
import { canCall } from '../../app/permissions.ts';
import { useSession } from '../../app/session.ts';
import { ConfirmDialog, type ConfirmRequest } from '../../kit/ConfirmDialog.tsx';
import { DocxPreview } from '../../kit/DocxPreview.tsx';
import { ErrorAlert } from '../../kit/ErrorAlert.tsx';
import { messageOf } from '../../kit/forms/problem.ts';
import { useDocNav } from '../common/docRoute.ts';
import { useWarningDeadlineDays } from '../common/useWarningDeadlineDays.ts';
import { NoticeForm, noticeDraftOf } from '../draft/NoticeForm.tsx';
import { WarningForm } from '../draft/WarningForm.tsx';
import { InterviewNoticeForm } from '../draft/InterviewNoticeForm.tsx';
import { AdviceForm } from '../draft/AdviceForm.tsx';
import { useUnitName } from '../common/useUnitName.ts';
import { warningDraftOf } from '../draft/warningDraft.ts';
import { Facts } from './Facts.tsx';
import { issueDraft, issueOpOf, issueQuestion } from './issueDraft.ts';

interface Props {
  doc: DocDetail;
  onChanged(d: DocDetail, message: string): void;
  /** Issued: the page shows the 文号 given (it outlives this view, which the issued one replaces). */
  onIssued(d: DocDetail): void;
}

interface FormProps {
  doc: DocDetail;
  onSaved(d: DocDetail): void;
  actions(state: { busy: boolean; dirty: boolean }): ReactNode;
}

/** The draft's fields in its kind's form. */
function KindForm({ doc, onSaved, actions }: FormProps) {
  const deadlineDays = useWarningDeadlineDays();
  const unitName = useUnitName(doc.kind === 'warning' ? doc.fields.unitId : null, doc.source);
  switch (doc.kind) {
    case 'notice':
      return (
        <NoticeForm
          initial={noticeDraftOf(doc.fields)}
          save={(fields) => api.call('docs.updateDraft', { id: doc.id, version: doc.version, kind: 'notice', fields })}
          onSaved={onSaved}
          actions={actions}
        />
      );
    case 'warning':
      if (deadlineDays === null) return <LinearProgress aria-label="正在读取系统设置" />;
      if (unitName === null) return <LinearProgress aria-label="正在读取预警对象单位" />;
      return (
        <WarningForm
          initial={warningDraftOf(doc.fields, unitName)}
          unitFixed={madeByConsequence(doc)}
          deadlineDays={deadlineDays}
          save={(fields) => api.call('docs.updateDraft', { id: doc.id, version: doc.version, kind: 'warning', fields })}
          onSaved={onSaved}
          actions={actions}
        />
      );
    case 'inquiry':
    case 'entrust':
    case 'talkNotice': {
      const kind = doc.kind;
      return (
        <InterviewNoticeForm
          kind={kind}
          initial={doc.fields}
          save={(fields) => api.call('docs.updateDraft', { id: doc.id, version: doc.version, kind, fields })}
          onSaved={onSaved}
          actions={actions}
        />
      );
    }
    case 'advice':
      return (
        <AdviceForm
          initial={doc.fields}
          save={(fields) => api.call('docs.updateDraft', { id: doc.id, version: doc.version, kind: 'advice', fields })}
          onSaved={onSaved}
          actions={actions}
        />
      );
  }
}

export function DraftView({ doc, onChanged, onIssued }: Props) {
  const { user } = useSession();
  const nav = useDocNav();
  const mayWrite = canCall(user.role, 'docs.updateDraft');
  const mayIssue = canCall(user.role, issueOpOf(doc.kind));
  // What a consequence of the index made is never deleted: 删除草稿 is not offered, and why is said.
  const kept = madeByConsequence(doc);
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
      message: issueQuestion(doc),
      confirmLabel: '印发',
      run: () => issueDraft(doc).then(onIssued),
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
        {kept && mayWrite ? (
          <Alert severity="info" sx={{ mb: 2 }}>
            {CONSEQUENCE_DRAFT_KEPT}
          </Alert>
        ) : null}
        <ErrorAlert error={problem} />
        {mayWrite ? (
          <KindForm
            doc={doc}
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
                {mayIssue ? (
                  <Button variant="outlined" color="secondary" onClick={askIssue} disabled={busy || dirty}>
                    印发
                  </Button>
                ) : null}
                {kept ? null : (
                  <Button color="error" onClick={askDiscard} disabled={busy}>
                    删除草稿
                  </Button>
                )}
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
