// The frame of the screens before sign-in: the app's name above one card.
import type { FormEvent, ReactNode } from 'react';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { TITLE_BAR_RED } from '../../app/theme.ts';

interface Props {
  heading: string;
  intro?: ReactNode;
  onSubmit: () => void;
  children: ReactNode;
}

export function AuthLayout({ heading, intro, onSubmit, children }: Props) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <Box sx={{ minHeight: '100vh', display: 'flex', flexDirection: 'column', alignItems: 'center', justifyContent: 'center', p: 3, bgcolor: 'background.default' }}>
      <Typography component="div" sx={{ fontSize: 28, fontWeight: 700, color: TITLE_BAR_RED, letterSpacing: 2 }}>
        廉情 · 纪检监察工作平台
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5, mb: 3 }}>
        单机离线运行 · 数据仅保存在本机
      </Typography>
      <Paper variant="outlined" sx={{ width: '100%', maxWidth: 420, p: 4, borderTop: `4px solid ${TITLE_BAR_RED}` }}>
        <Typography variant="h6" component="h1" sx={{ mb: 1 }}>
          {heading}
        </Typography>
        {intro ? (
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {intro}
          </Typography>
        ) : null}
        <form onSubmit={submit} noValidate>
          <Stack spacing={2}>{children}</Stack>
        </form>
      </Paper>
    </Box>
  );
}
