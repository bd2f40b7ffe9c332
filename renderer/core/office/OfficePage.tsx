// 机关信息 (系统管理员): who the office is on everything it prints — the 公文's 版头 and 署名, the
// forms and the query-code slip.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useOp } from '../../api/query.ts';
import { ErrorAlert } from '../../kit/ErrorAlert.tsx';
import { LeaveGuard } from '../../kit/forms/LeaveGuard.tsx';
import { PageHeader } from '../../kit/PageHeader.tsx';
import { useNotice } from '../../kit/useNotice.tsx';
import { OfficeProfileForm } from './OfficeProfileForm.tsx';

export function OfficePage() {
  const query = useOp('office.get', {});
  const notice = useNotice();
  const profile = query.data;
  return (
    <Box sx={{ overflow: 'auto', minHeight: 0 }}>
      <PageHeader title="机关信息" />
      <ErrorAlert error={query.error} />
      {!profile ? (
        query.error ? null : <LinearProgress aria-label="正在读取机关信息" />
      ) : (
        <Paper variant="outlined" sx={{ p: 2, maxWidth: 640 }}>
          {profile.saved ? null : (
            <Typography color="text.secondary" sx={{ mb: 2 }}>
              尚未填写机关信息。公文的版头、署名、文号以及各类文书都使用这里的信息，请填写后保存。
            </Typography>
          )}
          <OfficeProfileForm profile={profile} onSaved={() => notice.show('已保存')}>
            {({ fields, busy, dirty }) => (
              <>
                {fields}
                <Box sx={{ mt: 2 }}>
                  <Button type="submit" variant="contained" disabled={busy}>
                    保存
                  </Button>
                </Box>
                <LeaveGuard dirty={dirty && !busy} what="机关信息" />
              </>
            )}
          </OfficeProfileForm>
        </Paper>
      )}
      {notice.element}
    </Box>
  );
}
