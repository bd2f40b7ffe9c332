// Leaving a form with unsaved changes asks first: another page of the app (the navigation, a
// link, Back) is held until the person chooses 离开 or 继续填写; closing or reloading the window
// gets the browser's own question.
import { useEffect } from 'react';
import { useBlocker } from 'react-router';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';

interface Props {
  /** Whether the form holds something not yet saved. */
  dirty: boolean;
  /** What would be lost, e.g. 登记信访件. */
  what: string;
}

export function LeaveGuard({ dirty, what }: Props) {
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname);

  useEffect(() => {
    if (!dirty) return;
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [dirty]);

  const open = blocker.state === 'blocked';
  return (
    <Dialog open={open} onClose={() => blocker.reset?.()} aria-labelledby="leave-title" maxWidth="xs" fullWidth>
      <DialogTitle id="leave-title">离开此页？</DialogTitle>
      <DialogContent>
        <DialogContentText>“{what}”中填写的内容尚未保存，离开后将不会保留。</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => blocker.reset?.()} autoFocus>
          继续填写
        </Button>
        <Button color="error" variant="contained" onClick={() => blocker.proceed?.()}>
          离开
        </Button>
      </DialogActions>
    </Dialog>
  );
}
