// 请填写机关信息: an administrator signed in while the office's profile has not been saved is asked
// for it (after the recovery key, never both at once). 稍后填写 asks again at the next sign-in.
import { useState } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import type { OfficeProfile } from '../../../shared/core/office.ts';
import { useOp } from '../../api/query.ts';
import { OfficeProfileForm } from './OfficeProfileForm.tsx';

/** Shown over the signed-in frame of an administrator while the profile is not saved. */
export function OfficeProfileReminder() {
  const profile = useOp('office.get', {});
  const [closed, setClosed] = useState(false);
  if (!profile.data || profile.data.saved || closed) return null;
  return <OfficeProfileDialog profile={profile.data} onDone={() => setClosed(true)} />;
}

function OfficeProfileDialog({ profile, onDone }: { profile: OfficeProfile; onDone(): void }) {
  return (
    <Dialog open fullWidth maxWidth="sm" aria-labelledby="office-profile-title">
      <OfficeProfileForm profile={profile} onSaved={onDone} autoFocus>
        {({ fields, busy }) => (
          <>
            <DialogTitle id="office-profile-title">请填写机关信息</DialogTitle>
            <DialogContent dividers>
              <Typography sx={{ mb: 2 }}>公文的版头、署名、文号以及各类文书都使用机关信息。也可以稍后在“机关信息”页面中填写。</Typography>
              {fields}
            </DialogContent>
            <DialogActions>
              <Button onClick={onDone} disabled={busy}>
                稍后填写
              </Button>
              <Button type="submit" variant="contained" disabled={busy}>
                保存
              </Button>
            </DialogActions>
          </>
        )}
      </OfficeProfileForm>
    </Dialog>
  );
}
