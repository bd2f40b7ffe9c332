// Who is signed in, for every page: the user, the idle-lock minutes, the service's "today",
// and how to sign out.
import { createContext, useContext } from 'react';
import type { SessionUser } from '../../shared/core/index.ts';

export interface Session {
  user: SessionUser;
  idleLockMinutes: number;
  /** The office's date by the service's clock (YYYY-MM-DD) — never the browser's. */
  today: string;
  setIdleLockMinutes(minutes: number): void;
  /** Signs out (tells the service) and returns to the login screen, with an optional notice. */
  signOut(notice?: string): void;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in screen');
  return session;
}

/** The office's date as the service gives it (so a test clock, or a wrong PC clock, applies). */
export function useToday(): string {
  return useSession().today;
}
