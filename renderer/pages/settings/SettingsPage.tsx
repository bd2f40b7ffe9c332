// 系统设置 (系统管理员): idle lock, failed-login limit and lock-out length.
import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { settingsInput, type Settings } from '../../../shared/schemas/admin.ts';
import { api } from '../../api/client.ts';
import { useSession } from '../../app/session.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { problemOf } from '../../forms/problem.ts';
import { useSave } from '../../forms/useSave.ts';
import { validate } from '../../forms/validate.ts';

type Draft = Record<keyof Settings, string>;

const FIELDS: Array<{ key: keyof Settings; label: string; hint: string }> = [
  { key: 'idleLockMinutes', label: '自动锁定时间（分钟）', hint: '无操作超过该时间后自动锁定，须重新登录（1到240）' },
  { key: 'maxFailedLogins', label: '密码错误次数上限', hint: '连续输错密码达到该次数后锁定账号（3到20）' },
  { key: 'lockoutMinutes', label: '锁定时长（分钟）', hint: '账号被锁定的时长，系统管理员可提前解除（1到1440）' },
];

function toDraft(s: Settings): Draft {
  return { idleLockMinutes: String(s.idleLockMinutes), maxFailedLogins: String(s.maxFailedLogins), lockoutMinutes: String(s.lockoutMinutes) };
}

function toNumber(value: string): number | string {
  const trimmed = value.trim();
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
}

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

  const submit = () => {
    if (!draft || busy) return;
    setSaved(false);
    const checked = validate(settingsInput, {
      idleLockMinutes: toNumber(draft.idleLockMinutes),
      maxFailedLogins: toNumber(draft.maxFailedLogins),
      lockoutMinutes: toNumber(draft.lockoutMinutes),
    });
    if (!checked.ok) return setProblem(checked.problem);
    save(api.call('settings.update', checked.data));
  };

  return (
    <>
      <PageHeader title="系统设置" />
      {loadError ? (
        <Alert severity="error" role="alert">
          {loadError}
        </Alert>
      ) : null}
      {!draft && !loadError ? <LinearProgress aria-label="正在加载" /> : null}
      {draft ? (
        <Paper variant="outlined" sx={{ p: 3, maxWidth: 560 }}>
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
              {FIELDS.map((field, i) => (
                <TextField
                  key={field.key}
                  label={field.label}
                  type="number"
                  value={draft[field.key]}
                  onChange={(e) => {
                    setSaved(false);
                    setDraft({ ...draft, [field.key]: e.target.value });
                  }}
                  autoFocus={i === 0}
                  error={Boolean(problem?.fields[field.key])}
                  helperText={problem?.fields[field.key] ?? field.hint}
                  slotProps={{ htmlInput: { step: 1 } }}
                  fullWidth
                />
              ))}
              <Stack direction="row">
                <Button type="submit" variant="contained" disabled={busy}>
                  保存设置
                </Button>
              </Stack>
            </Stack>
          </form>
        </Paper>
      ) : null}
    </>
  );
}
