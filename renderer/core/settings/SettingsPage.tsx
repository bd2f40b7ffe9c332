// 系统设置 (系统管理员): account security (idle lock, failed-login limit, lock-out length) and
// the tips rules (due-soon warning, repeat search range, working-day deadlines, who may see
// reporters). The update operation takes the whole settings object.
import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { settingsInput, type Settings } from '../../../shared/core/admin.ts';
import { api } from '../../api/client.ts';
import { useSession } from '../../app/session.ts';
import { PageHeader } from '../../kit/PageHeader.tsx';
import { problemOf } from '../../kit/forms/problem.ts';
import { useSave } from '../../kit/forms/useSave.ts';
import { validate } from '../../kit/forms/validate.ts';
import { ReporterRolesField } from './ReporterRolesField.tsx';
import { ACCOUNT_FIELDS, TIP_FIELDS, fromDraft, toDraft, type Draft, type NumberField } from './settingsFields.ts';

export function SettingsPage() {
  const { setIdleLockMinutes } = useSession();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const { busy, problem, setProblem, save } = useSave((s: Settings) => {
    setDraft(toDraft(s));
    setSaved(true);
    setIdleLockMinutes(s.idleLockMinutes);
  });

  useEffect(() => {
    api
      .call('settings.get', {})
      .then((s) => setDraft(toDraft(s)))
      .catch((e: unknown) => setLoadError(problemOf(e).message));
  }, []);

  const change = (next: Draft) => {
    setSaved(false);
    setDraft(next);
  };

  const submit = () => {
    if (!draft || busy) return;
    setSaved(false);
    const checked = validate(settingsInput, fromDraft(draft));
    if (!checked.ok) return setProblem(checked.problem);
    save(api.call('settings.update', checked.data));
  };

  const numberFields = (fields: readonly NumberField[], current: Draft, focusFirst: boolean) =>
    fields.map((field, i) => (
      <TextField
        key={field.key}
        label={field.label}
        type="number"
        value={current[field.key]}
        onChange={(e) => change({ ...current, [field.key]: e.target.value })}
        autoFocus={focusFirst && i === 0}
        error={Boolean(problem?.fields[field.key])}
        helperText={problem?.fields[field.key] ?? field.hint}
        slotProps={{ htmlInput: { step: 1 } }}
        fullWidth
      />
    ));

  return (
    <Stack sx={{ overflow: 'auto' }}>
      <PageHeader title="系统设置" />
      {loadError ? (
        <Alert severity="error" role="alert">
          {loadError}
        </Alert>
      ) : null}
      {!draft && !loadError ? <LinearProgress aria-label="正在加载" /> : null}
      {draft ? (
        <Paper variant="outlined" sx={{ p: 3, maxWidth: 640 }}>
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              submit();
            }}
          >
            <Stack spacing={2.5}>
              {problem ? (
                <Alert severity="error" role="alert">
                  {problem.message}
                </Alert>
              ) : null}
              {saved ? (
                <Alert severity="success" role="status">
                  设置已保存。
                </Alert>
              ) : null}
              <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
                账号安全
              </Typography>
              {numberFields(ACCOUNT_FIELDS, draft, true)}
              <Divider />
              <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
                日期
              </Typography>
              <TextField
                label="办公时区"
                value={draft.officeTimeZone}
                onChange={(e) => change({ ...draft, officeTimeZone: e.target.value })}
                error={Boolean(problem?.fields.officeTimeZone)}
                helperText={problem?.fields.officeTimeZone ?? '“今天”、办理时限和导出日期都按该时区计算；默认 Asia/Shanghai（北京时间）'}
                fullWidth
              />
              <Divider />
              <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
                信访举报
              </Typography>
              {numberFields(TIP_FIELDS, draft, false)}
              <ReporterRolesField
                value={draft.reporterRoles}
                onChange={(reporterRoles) => change({ ...draft, reporterRoles })}
                problem={problem?.fields.reporterRoles}
              />
              <Typography variant="body2" color="text.secondary">
                工作日按“节假日设置”中的放假和调休安排计算。修改拟办、审批、反馈时限只影响此后新确定的时限，已确定的时限不变。
              </Typography>
              <Stack direction="row">
                <Button type="submit" variant="contained" disabled={busy}>
                  保存设置
                </Button>
              </Stack>
            </Stack>
          </form>
        </Paper>
      ) : null}
    </Stack>
  );
}
