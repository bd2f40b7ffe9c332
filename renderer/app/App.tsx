// The start-up flow: ask the service whether set-up is needed, then first-start set-up or
// login, a forced password change when required, and the signed-in shell. The session token
// lives only in memory: a reload means logging in again.
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import type { LoginResult, SessionUser } from '../../shared/core/index.ts';
import { api } from '../api/client.ts';
import { messageOf } from '../kit/forms/problem.ts';
import { SetupScreen } from '../core/index.ts';
import { LoginScreen } from '../core/index.ts';
import { ChangePasswordScreen } from '../core/index.ts';
import { AppShell } from './AppShell.tsx';
import { SessionContext, type Session } from './session.ts';
import { useIdleLock } from './useIdleLock.ts';

type Phase =
  | { kind: 'starting' }
  | { kind: 'unreachable'; message: string }
  | { kind: 'setup' }
  | { kind: 'login'; notice: string | null }
  | { kind: 'signedIn'; user: SessionUser; idleLockMinutes: number };

export function idleLockMessage(minutes: number): string {
  return `已超过 ${minutes} 分钟未操作，系统已自动锁定，请重新登录。`;
}

export function App() {
  const [phase, setPhase] = useState<Phase>({ kind: 'starting' });

  const start = useCallback(() => {
    setPhase({ kind: 'starting' });
    api
      .call('auth.status', {})
      .then((status) => setPhase(status.setupRequired ? { kind: 'setup' } : { kind: 'login', notice: null }))
      .catch((error: unknown) => setPhase({ kind: 'unreachable', message: messageOf(error) }));
  }, []);

  useEffect(() => {
    start();
    return api.onSessionEnded((error) => setPhase({ kind: 'login', notice: error.message }));
  }, [start]);

  const signedIn = useCallback((result: LoginResult) => {
    api.setSession(result.token);
    setPhase({ kind: 'signedIn', user: result.user, idleLockMinutes: result.idleLockMinutes });
  }, []);

  const signOut = useCallback((notice?: string) => {
    const done = () => {
      api.setSession(null);
      setPhase({ kind: 'login', notice: notice ?? null });
    };
    api.call('auth.logout', {}).then(done, done);
  }, []);

  switch (phase.kind) {
    case 'starting':
      return (
        <Centered>
          <CircularProgress size={28} />
          <Typography sx={{ mt: 2 }}>正在连接廉情服务…</Typography>
        </Centered>
      );
    case 'unreachable':
      return (
        <Centered>
          <Alert severity="error" sx={{ maxWidth: 520 }}>
            {phase.message}
          </Alert>
          <Button sx={{ mt: 2 }} variant="outlined" onClick={start}>
            重新连接
          </Button>
        </Centered>
      );
    case 'setup':
      return <SetupScreen onDone={signedIn} />;
    case 'login':
      return <LoginScreen notice={phase.notice} onDone={signedIn} />;
    case 'signedIn':
      return (
        <SignedIn
          user={phase.user}
          idleLockMinutes={phase.idleLockMinutes}
          signOut={signOut}
          update={(next) => setPhase({ kind: 'signedIn', ...next })}
        />
      );
  }
}

interface SignedInProps {
  user: SessionUser;
  idleLockMinutes: number;
  signOut(notice?: string): void;
  update(next: { user: SessionUser; idleLockMinutes: number }): void;
}

function SignedIn({ user, idleLockMinutes, signOut, update }: SignedInProps) {
  useIdleLock(idleLockMinutes, (minutes) => signOut(idleLockMessage(minutes)));
  const session = useMemo<Session>(
    () => ({
      user,
      idleLockMinutes,
      setIdleLockMinutes: (minutes) => update({ user, idleLockMinutes: minutes }),
      signOut,
    }),
    [user, idleLockMinutes, signOut, update],
  );
  return (
    <SessionContext.Provider value={session}>
      {user.mustChangePassword ? (
        <ChangePasswordScreen onDone={() => update({ user: { ...user, mustChangePassword: false }, idleLockMinutes })} />
      ) : (
        <AppShell />
      )}
    </SessionContext.Provider>
  );
}

function Centered({ children }: { children: ReactNode }) {
  return (
    <Box sx={{ minHeight: '100vh', display: 'flex', flexDirection: 'column', alignItems: 'center', justifyContent: 'center', p: 3 }}>
      {children}
    </Box>
  );
}
