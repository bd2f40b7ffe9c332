// The start-up flow: ask the service whether set-up is needed and whether this window is still
// signed in (its token is kept in the window's sessionStorage, so F5 keeps the person where they
// were); then first-start set-up or login, a forced password change when required, and the
// signed-in app. The idle lock covers the app without unmounting it, so nothing typed is lost.
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { RouterProvider } from 'react-router';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import type { LoginResult, SessionUser } from '../../shared/core/index.ts';
import { api } from '../api/client.ts';
import { queryClient, useOp } from '../api/query.ts';
import { messageOf } from '../kit/forms/problem.ts';
import { ChangePasswordScreen, LockScreen, LoginScreen, SetupScreen } from '../core/index.ts';
import { pagesFor } from './pages.ts';
import { createAppRouter } from './router.tsx';
import { SessionContext, type Session } from './session.ts';
import { useIdleLock } from './useIdleLock.ts';

interface SignedInState {
  kind: 'signedIn';
  user: SessionUser;
  idleLockMinutes: number;
  today: string;
  /** Why the window is locked, or null while it is open. */
  locked: string | null;
}

type Phase =
  | { kind: 'starting' }
  | { kind: 'unreachable'; message: string }
  | { kind: 'setup' }
  | { kind: 'login'; notice: string | null }
  | SignedInState;

export function idleLockMessage(minutes: number): string {
  return `已超过 ${minutes} 分钟未操作，系统已自动锁定，请输入密码解锁。`;
}

export function App() {
  const [phase, setPhase] = useState<Phase>({ kind: 'starting' });

  const start = useCallback(() => {
    setPhase({ kind: 'starting' });
    api
      .call('auth.status', {})
      .then((status) => {
        if (status.setupRequired) return setPhase({ kind: 'setup' });
        if (status.user && api.sessionToken) {
          return setPhase({ kind: 'signedIn', user: status.user, idleLockMinutes: status.idleLockMinutes, today: status.today, locked: null });
        }
        api.setSession(null);
        setPhase({ kind: 'login', notice: null });
      })
      .catch((error: unknown) => setPhase({ kind: 'unreachable', message: messageOf(error) }));
  }, []);

  useEffect(() => {
    start();
    // The service locked the session on its own (idle): lock the window, keep its drafts.
    // Any other end (account disabled, service restarted): back to the login.
    return api.onSessionEnded((error) =>
      setPhase((p) =>
        error.code === 'SESSION_EXPIRED' && p.kind === 'signedIn' ? { ...p, locked: error.message } : { kind: 'login', notice: error.message },
      ),
    );
  }, [start]);

  const signedIn = useCallback((result: LoginResult) => {
    api.setSession(result.token);
    setPhase({ kind: 'signedIn', user: result.user, idleLockMinutes: result.idleLockMinutes, today: result.today, locked: null });
  }, []);

  const signOut = useCallback((notice?: string) => {
    const done = () => {
      api.setSession(null);
      queryClient.clear();
      // The next person starts at 首页, not on the list (and search) the last one left open.
      history.replaceState(null, '', window.location.pathname + window.location.search);
      setPhase({ kind: 'login', notice: notice ?? null });
    };
    api.call('auth.logout', {}).then(done, done);
  }, []);

  const lock = useCallback((reason: string) => {
    // The session ends now (a reload cannot skip the password); the page stays as it is.
    void api.endSession();
    setPhase((p) => (p.kind === 'signedIn' ? { ...p, locked: reason } : p));
  }, []);

  const unlock = useCallback((result: LoginResult) => {
    api.setSession(result.token);
    setPhase((p) => (p.kind === 'signedIn' ? { ...p, user: result.user, idleLockMinutes: result.idleLockMinutes, today: result.today, locked: null } : p));
    void queryClient.invalidateQueries();
  }, []);

  const update = useCallback(
    (next: Partial<Pick<SignedInState, 'user' | 'idleLockMinutes' | 'today'>>) => setPhase((p) => (p.kind === 'signedIn' ? { ...p, ...next } : p)),
    [],
  );

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
          state={phase}
          signOut={signOut}
          lock={lock}
          unlock={unlock}
          update={update}
        />
      );
  }
}

interface SignedInProps {
  state: SignedInState;
  signOut(notice?: string): void;
  lock(reason: string): void;
  unlock(result: LoginResult): void;
  update(next: Partial<Pick<SignedInState, 'user' | 'idleLockMinutes' | 'today'>>): void;
}

function SignedIn({ state, signOut, lock, unlock, update }: SignedInProps) {
  const { user, idleLockMinutes, today, locked } = state;
  useIdleLock(locked === null ? idleLockMinutes : null, (minutes) => lock(idleLockMessage(minutes)));
  // The service's date, asked again now and then: a window left open past midnight moves on.
  const status = useOp('auth.status', {}, { refetchInterval: 5 * 60_000, enabled: locked === null });
  const serviceToday = status.data?.today;
  useEffect(() => {
    if (serviceToday && serviceToday !== today) update({ today: serviceToday });
  }, [serviceToday, today, update]);
  const session = useMemo<Session>(
    () => ({
      user,
      idleLockMinutes,
      today,
      setIdleLockMinutes: (minutes) => update({ idleLockMinutes: minutes }),
      signOut,
    }),
    [user, idleLockMinutes, today, signOut, update],
  );
  const router = useMemo(() => createAppRouter(pagesFor(user.role)), [user.role]);
  return (
    <SessionContext.Provider value={session}>
      {user.mustChangePassword ? (
        <ChangePasswordScreen onDone={() => update({ user: { ...user, mustChangePassword: false } })} />
      ) : (
        <RouterProvider router={router} />
      )}
      <LockScreen open={locked !== null} user={user} reason={locked ?? ''} onUnlocked={unlock} onSignOut={() => signOut()} />
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
