// 系统设置 (系统管理员): every setting the domains declare (shared/<domain>/settings.ts), in
// their groups — account security, the office time zone, the tips rules. The update operation
// takes the whole settings object.
import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { settingsInput, type SettingKey, type Settings } from '../../../shared/settings/index.ts';
import type { SettingDef } from '../../../shared/kernel/settings.ts';
import type { Role } from '../../../shared/core/index.ts';
import { api } from '../../api/client.ts';
import { useOp } from '../../api/query.ts';
import { useSession } from '../../app/session.ts';
import { PageHeader } from '../../kit/PageHeader.tsx';
import { problemOf } from '../../kit/forms/problem.ts';
import { useSave } from '../../kit/forms/useSave.ts';
import { validate } from '../../kit/forms/validate.ts';
import { RolesField } from './RolesField.tsx';
import { FIELD_GROUPS, fromDraft, isLongText, toDraft, type Draft } from './settingsFields.ts';
import { ErrorAlert } from '../../kit/ErrorAlert.tsx';

export function SettingsPage() {
  const { setIdleLockMinutes } = useSession();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [saved, setSaved] = useState(false);
  const { busy, problem, setProblem, save } = useSave((s: Settings) => {
    setDraft(toDraft(s));
    setSaved(true);
    setIdleLockMinutes(s.idleLockMinutes);
  });

  // The form starts from the saved settings once they are read (and not again while editing).
  const current = useOp('settings.get', {});
  const loadError = current.error ? problemOf(current.error).message : null;
  useEffect(() => {
    if (current.data) setDraft((d) => d ?? toDraft(current.data));
  }, [current.data]);
  const savedSettings = current.data;

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

  const field = (key: SettingKey, def: SettingDef, current: Draft, autoFocus: boolean) => {
    const value = current[key];
    if (def.kind === 'roles') {
      return (
        <RolesField
          key={key}
          label={def.label}
          hint={def.hint}
          value={value as Role[]}
          onChange={(roles) => change({ ...current, [key]: roles })}
          problem={problem?.fields[key]}
        />
      );
    }
    const long = isLongText(def, savedSettings?.[key]);
    return (
      <TextField
        key={key}
        label={def.label}
        type={def.kind === 'number' ? 'number' : 'text'}
        value={value as string}
        onChange={(e) => change({ ...current, [key]: e.target.value })}
        autoFocus={autoFocus}
        error={Boolean(problem?.fields[key])}
        helperText={problem?.fields[key] ?? def.hint}
        slotProps={def.kind === 'number' ? { htmlInput: { step: 1 } } : {}}
        multiline={def.kind === 'list' || long}
        minRows={def.kind === 'list' ? 4 : long ? 6 : undefined}
        fullWidth
      />
    );
  };

  return (
    <Stack sx={{ overflow: 'auto' }}>
      <PageHeader title="系统设置" />
      <ErrorAlert error={loadError} sx={{}} />
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
              <ErrorAlert error={problem ? problem.message : null} sx={{}} />
              {saved ? (
                <Alert severity="success" role="status">
                  设置已保存。
                </Alert>
              ) : null}
              {FIELD_GROUPS.map((group, g) => (
                <Stack key={group.title} spacing={2.5}>
                  {g > 0 ? <Divider /> : null}
                  <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
                    {group.title}
                  </Typography>
                  {group.fields.map(({ key, def }, i) => field(key, def, draft, g === 0 && i === 0))}
                </Stack>
              ))}
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
