// #/schemes/:id — one version of a year's scheme as a form: 控制性, 主体性, 绩效, 激励性, 廉勤性,
// 分数线和规则, with the live 检查结果. A draft is saved (保存) as often as needed and enabled
// (启用) once its checks pass; an enabled version is read-only, corrected by a new version of the
// same year (新建本年更正版本). Only 案件监督管理室 and 系统管理员 edit (the service's own list).
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { schemeSaveInput, type SchemeDetail } from '../../../shared/integrity/index.ts';
import { formatTimestamp } from '../../../shared/kernel/dates.ts';
import { api } from '../../api/client.ts';
import { useOp } from '../../api/query.ts';
import { canCall } from '../../app/permissions.ts';
import { useSession } from '../../app/session.ts';
import { ConfirmDialog, type ConfirmRequest } from '../../kit/ConfirmDialog.tsx';
import { ErrorAlert } from '../../kit/ErrorAlert.tsx';
import { LeaveGuard } from '../../kit/forms/LeaveGuard.tsx';
import { messageOf } from '../../kit/forms/problem.ts';
import { useSave } from '../../kit/forms/useSave.ts';
import { shownProblems, useSchemaForm } from '../../kit/forms/useSchemaForm.ts';
import { PageHeader } from '../../kit/PageHeader.tsx';
import { useNotice } from '../../kit/useNotice.tsx';
import { CheckPanel } from './CheckPanel.tsx';
import { EditorContext } from './fields.tsx';
import { FormTextInput } from '../../kit/forms/FormTextInput.tsx';
import { contentOfDraft, schemeDraftOf, type EditorDraft } from './schemeDraft.ts';
import { ControlSection } from './sections/ControlSection.tsx';
import { IncentiveSection } from './sections/IncentiveSection.tsx';
import { IntegritySection } from './sections/IntegritySection.tsx';
import { ParticipationSection } from './sections/ParticipationSection.tsx';
import { PerformanceSection } from './sections/PerformanceSection.tsx';
import { RulesSection } from './sections/RulesSection.tsx';

/** #/schemes/:id — a number that is not a version's id shows the service's own answer. */
export function SchemeEditorRoute() {
  const { id = '' } = useParams();
  const n = /^\d{1,15}$/.test(id) ? Number(id) : 0;
  return <SchemeEditorPage key={n} id={n} />;
}

function SchemeEditorPage({ id }: { id: number }) {
  const query = useOp('integrity.scheme', { id });
  // Kept here: the form starts again after a save, the confirmation stays.
  const notice = useNotice();
  const scheme = query.data;
  if (query.error) return <ErrorAlert error={query.error} />;
  if (!scheme) return <LinearProgress aria-label="正在加载评分方案" />;
  // A saved or enabled version comes back with its new row version: the form starts again from it.
  return (
    <>
      <SchemeForm key={`${scheme.id}-${scheme.rowVersion}`} scheme={scheme} onNotice={notice.show} />
      {notice.element}
    </>
  );
}

function SchemeForm({ scheme, onNotice }: { scheme: SchemeDetail; onNotice(text: string): void }) {
  const { user } = useSession();
  const navigate = useNavigate();
  const editor = canCall(user.role, 'integrity.saveScheme');
  const frozen = scheme.status === '已启用' || !editor;
  const title = `${scheme.year}年度评分方案 第${scheme.version}版`;
  const form = useSchemaForm(schemeSaveInput, { content: schemeDraftOf(scheme.content), note: scheme.note } satisfies EditorDraft, (d: EditorDraft) => ({
    id: scheme.id,
    rowVersion: scheme.rowVersion,
    content: contentOfDraft(d.content),
    note: d.note,
  }));
  const { busy, problem, save } = useSave(() => onNotice('已保存'));
  const { message, fields } = shownProblems(form.formState.errors, problem);
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const dirty = form.formState.isDirty;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy || frozen) return;
    void form.handleSubmit((input) => save(api.call('integrity.saveScheme', input)))();
  };
  const askEnable = () =>
    setConfirm({
      title: `启用${title}`,
      message: `启用后该版本不能再修改；计算${scheme.year}年度尚未发布的季度时将使用该版本。如需更正，可再新建本年更正版本。`,
      confirmLabel: '启用',
      run: () => api.call('integrity.enableScheme', { id: scheme.id, rowVersion: scheme.rowVersion }),
    });
  const correct = () => {
    setActionError(null);
    api
      .call('integrity.createScheme', { year: scheme.year, from: '本年最新版本', note: `更正第${scheme.version}版` })
      .then((made) => navigate(`/schemes/${made.id}`))
      .catch((e: unknown) => setActionError(messageOf(e)));
  };

  return (
    <EditorContext.Provider value={{ control: form.control, frozen, problems: fields }}>
      <form onSubmit={submit} noValidate aria-label={title}>
        <PageHeader title={title}>
          <Button onClick={() => navigate('/schemes')}>返回评分方案</Button>
          {editor && scheme.status === '草稿' ? (
            <>
              <Button type="submit" variant="contained" disabled={busy}>
                {busy ? '正在保存…' : '保存'}
              </Button>
              <Button variant="outlined" disabled={busy || dirty} onClick={askEnable} title={dirty ? '请先保存修改' : undefined}>
                启用
              </Button>
            </>
          ) : null}
          {editor && scheme.status === '已启用' ? (
            <Button variant="outlined" onClick={correct}>
              新建本年更正版本
            </Button>
          ) : null}
        </PageHeader>
        <Stack spacing={2} sx={{ maxWidth: 1200, pb: 4 }}>
          <Typography variant="body2" color="text.secondary">
            状态：{scheme.status} · 创建：{scheme.createdByName} {formatTimestamp(scheme.createdAt)}
            {scheme.enabledAt ? ` · 启用：${scheme.enabledByName ?? ''} ${formatTimestamp(scheme.enabledAt)}` : ''}
            {scheme.publications > 0 ? ` · 已用于发布${scheme.publications}次` : ''}
          </Typography>
          {scheme.status === '已启用' ? (
            <Alert severity="info">该版本已启用，不能再修改。{editor ? '如需更正，请新建本年更正版本（已发布的季度仍保留原版本）。' : ''}</Alert>
          ) : null}
          {editor && scheme.status === '草稿' && dirty ? <Alert severity="info">有尚未保存的修改：保存后才能启用。</Alert> : null}
          <ErrorAlert error={message ?? actionError} sx={{}} />
          <CheckPanel />
          <FormTextInput control={form.control} name="note" label="说明" problem={fields.note} disabled={frozen} multiline minRows={1} maxChars={500} />
          <ControlSection />
          <ParticipationSection />
          <PerformanceSection />
          <IncentiveSection />
          <IntegritySection />
          <RulesSection />
        </Stack>
      </form>
      <ConfirmDialog
        request={confirm}
        onClose={() => setConfirm(null)}
        onDone={() => {
          setConfirm(null);
          onNotice('已启用');
        }}
      />
      <LeaveGuard dirty={dirty && !busy && !frozen} what={title} />
    </EditorContext.Provider>
  );
}
