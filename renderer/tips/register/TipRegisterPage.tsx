// 登记信访件: intake form on the left, 可能的重复件 on the right. The form is checked with the
// contract's schema, registered, its attachments uploaded, and the new number (and 查询码) shown.
import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { registerDayProblems } from '../../../shared/tips/dayRules.ts';
import { tipRegisterInput, type TipRegisterResult } from '../../../shared/tips/register.ts';
import { api } from '../../api/client.ts';
import { canCall } from '../../app/permissions.ts';
import { useSession, useToday } from '../../app/session.ts';
import { PageHeader } from '../../kit/PageHeader.tsx';
import { FormTextField } from '../../kit/forms/FormTextField.tsx';
import { LeaveGuard } from '../../kit/forms/LeaveGuard.tsx';
import { limitsOf } from '../../kit/forms/limits.ts';
import { useSave } from '../../kit/forms/useSave.ts';
import { shownProblems, useSchemaForm } from '../../kit/forms/useSchemaForm.ts';
import { uploadAll } from '../common/attachmentFiles.ts';
import { useTipNav } from '../common/tipRoute.ts';
import { UnitsMultiPicker } from '../common/UnitsMultiPicker.tsx';
import { AttachmentChooser } from './AttachmentChooser.tsx';
import { CategoryChecks } from './CategoryChecks.tsx';
import { IntakeFields } from './IntakeFields.tsx';
import { RegisteredDialog } from './RegisteredDialog.tsx';
import { emptyDraft, personProblems, registerInput, repeatQuery, type RegisterDraft } from './registerDraft.ts';
import { RepeatPanel } from './RepeatPanel.tsx';
import { ReportedPeopleEditor } from './ReportedPeopleEditor.tsx';
import { useRepeatCandidates } from './useRepeatCandidates.ts';
import { ErrorAlert } from '../../kit/ErrorAlert.tsx';

const LIMITS = limitsOf(tipRegisterInput);

interface Registered {
  result: TipRegisterResult;
  failures: string[];
}

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper variant="outlined" component="fieldset" sx={{ p: 2, m: 0, minWidth: 0 }}>
      <Typography component="legend" variant="subtitle2" sx={{ px: 0.5, fontWeight: 600 }}>
        {title}
      </Typography>
      <Stack spacing={2}>{children}</Stack>
    </Paper>
  );
}

export function TipRegisterPage() {
  const { user } = useSession();
  const today = useToday();
  const nav = useTipNav();
  // The form: react-hook-form with the contract's schema and the rules of the day as resolver.
  const [start] = useState(() => emptyDraft(today));
  const form = useSchemaForm(tipRegisterInput, start, registerInput, (d) => registerDayProblems(registerInput(d), today));
  const draft = form.watch();
  const [files, setFiles] = useState<File[]>([]);
  const [registered, setRegistered] = useState<Registered | null>(null);
  const errors = form.formState.errors;
  const change = (c: Partial<RegisterDraft>) => {
    for (const key of Object.keys(c) as (keyof RegisterDraft)[]) form.setValue(key, c[key] as RegisterDraft[typeof key], { shouldDirty: true });
    // Once problems are shown, each change checks the whole form again: a fixed one disappears.
    if (form.formState.isSubmitted) void form.trigger();
  };
  const repeats = useRepeatCandidates(repeatQuery(draft));
  const { busy, problem: saveProblem, save } = useSave((value: Registered) => setRegistered(value));
  // Enter in a one-line field registers only once every suggested repeat is decided (linked or
  // set aside) and the search has answered: a reflex Enter must not register a 重复件 as new.
  const undecided = repeats.loading || (draft.repeatOf === null && repeats.candidates.some((c) => !draft.dismissed.includes(c.id)));
  const [enterHeld, setEnterHeld] = useState(false);
  const repeatPanel = useRef<HTMLDivElement>(null);
  const holdEnter = (e: KeyboardEvent<HTMLFormElement>) => {
    // Not an Enter that picked a list option (the lookup took it) or ended a pinyin composition.
    if (e.key !== 'Enter' || e.defaultPrevented || e.nativeEvent.isComposing || !(e.target instanceof HTMLInputElement)) return;
    if (!undecided) return;
    e.preventDefault();
    setEnterHeld(true);
    repeatPanel.current?.focus();
  };

  if (!canCall(user.role, 'tips.register')) {
    return <Alert severity="info">当前角色不能登记信访件。</Alert>;
  }

  const submit = form.handleSubmit((input) => {
    if (busy) return;
    save(api.call('tips.register', input).then(async (result) => ({ result, failures: await uploadAll(result.id, files) })));
  });

  const { message, fields: f } = shownProblems(errors, saveProblem);
  return (
    <Box component="form" onSubmit={(e) => void submit(e)} onKeyDown={holdEnter} noValidate aria-label="登记信访件" sx={{ overflow: 'auto', minHeight: 0 }}>
      <PageHeader title="登记信访件">
        <Button onClick={nav.backToLedger} disabled={busy}>
          返回台账
        </Button>
        <Button type="submit" variant="contained" disabled={busy}>
          {busy ? '正在登记…' : '登记'}
        </Button>
      </PageHeader>
      <ErrorAlert error={message} />
      {enterHeld && undecided ? (
        <Alert severity="info" sx={{ mb: 2 }} onClose={() => setEnterHeld(false)}>
          {repeats.loading
            ? '正在查找可能的重复件，请稍候再按回车，或点击“登记”按钮。'
            : '右侧还有可能的重复件未处理：请逐件选择“关联为重复件”或“不是重复件”；确认不必处理时，点击“登记”按钮登记。'}
        </Alert>
      ) : null}
      <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) 360px', gap: 2, alignItems: 'start' }}>
        <Stack spacing={2}>
          <Part title="来件信息">
            <IntakeFields draft={draft} change={change} fields={f} />
          </Part>
          <Part title="被反映人和单位">
            <ReportedPeopleEditor
              people={draft.people}
              onChange={(people) => change({ people })}
              problems={personProblems(draft, f)}
              problem={f.people}
            />
            <UnitsMultiPicker
              label="被反映单位"
              value={draft.units}
              onChange={(units) => change({ units })}
              problem={f.unitIds}
              hint="被反映人和被反映单位至少填写一项；单位可选多个，输入单位名称中的文字查找"
            />
          </Part>
          <Part title="反映的问题">
            <CategoryChecks value={draft.categories} onChange={(categories) => change({ categories })} problem={f.categories} />
            <FormTextField
              label="问题摘要"
              value={draft.summary}
              onChange={(e) => change({ summary: e.target.value })}
              required
              problem={f.summary}
              hint={`一句话概括反映的主要问题（${LIMITS.summary}字以内）`}
              maxChars={LIMITS.summary}
            />
            <FormTextField
              label="反映内容"
              value={draft.content}
              onChange={(e) => change({ content: e.target.value })}
              required
              multiline
              minRows={6}
              maxRows={20}
              problem={f.content}
              maxChars={LIMITS.content}
            />
            <AttachmentChooser files={files} onChange={setFiles} />
          </Part>
        </Stack>
        <Box sx={{ position: 'sticky', top: 0, outline: 'none' }} ref={repeatPanel} tabIndex={-1}>
          <RepeatPanel
            state={repeats}
            linked={draft.repeatOf}
            dismissed={draft.dismissed}
            onLink={(repeatOf) => change({ repeatOf })}
            onDismissed={(dismissed) => change({ dismissed })}
          />
        </Box>
      </Box>
      <LeaveGuard dirty={registered === null && (files.length > 0 || form.formState.isDirty)} what="登记信访件" />
      {registered ? (
        <RegisteredDialog result={registered.result} failures={registered.failures} onOpen={() => nav.openTip(registered.result.id)} />
      ) : null}
    </Box>
  );
}
