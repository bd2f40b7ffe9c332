// A short confirmation at the bottom of the screen ("已保存" …).
import { useCallback, useState } from 'react';
import Snackbar from '@mui/material/Snackbar';

export function useNotice() {
  const [message, setMessage] = useState<string | null>(null);
  const show = useCallback((text: string) => setMessage(text), []);
  const element = (
    <Snackbar
      open={message !== null}
      autoHideDuration={4000}
      onClose={(_, reason) => {
        if (reason !== 'clickaway') setMessage(null);
      }}
      message={message ?? ''}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
    />
  );
  return { show, element };
}
