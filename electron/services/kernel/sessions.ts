// Signed-in sessions, held in memory by the process that serves the API: a restart signs
// everyone out. A session idle for longer than the configured time is locked (removed), and
// every session ends a fixed number of hours after it began, however busy; sessions past either
// limit are swept out whenever a new one begins.
import { randomBytes } from 'node:crypto';

interface Session {
  userId: number;
  startedAt: number;
  lastSeen: number;
}

/** The two limits of a session (settings idleLockMinutes and sessionMaxHours). */
export interface SessionLimits {
  idleMinutes: number;
  maxHours: number;
}

export type SessionLookup = { kind: 'ok'; userId: number } | { kind: 'missing' } | { kind: 'expired' } | { kind: 'ended' };

export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  create(userId: number, now: Date, limits: SessionLimits): string {
    this.sweep(now, limits);
    const token = randomBytes(32).toString('base64url');
    this.sessions.set(token, { userId, startedAt: now.getTime(), lastSeen: now.getTime() });
    return token;
  }

  /**
   * Finds the session and marks it used; one idle too long ('expired') or past its lifetime
   * ('ended') is removed and reported so.
   */
  touch(token: string | null | undefined, now: Date, limits: SessionLimits): SessionLookup {
    if (!token) return { kind: 'missing' };
    const session = this.sessions.get(token);
    if (!session) return { kind: 'missing' };
    const over = overLimit(session, now, limits);
    if (over) {
      this.sessions.delete(token);
      return { kind: over };
    }
    session.lastSeen = now.getTime();
    return { kind: 'ok', userId: session.userId };
  }

  /** The user of a session without marking it used (for status checks). */
  peek(token: string | null | undefined, now: Date, limits: SessionLimits): number | null {
    if (!token) return null;
    const session = this.sessions.get(token);
    if (!session || overLimit(session, now, limits)) return null;
    return session.userId;
  }

  remove(token: string): void {
    this.sessions.delete(token);
  }

  /** Ends every session of the user, but the one kept (the window that changed the password). */
  removeUser(userId: number, keep: string | null = null): void {
    for (const [token, s] of this.sessions) if (s.userId === userId && token !== keep) this.sessions.delete(token);
  }

  /** Whether the session is still held (a call that waited for the store asks again: it may have ended meanwhile). */
  holds(token: string): boolean {
    return this.sessions.has(token);
  }

  /**
   * Ends every session (the data was restored from a backup: everyone signs in again) — but the one
   * kept, whose call is still recording the restore; that call removes it when it is done.
   */
  clear(keep: string | null = null): void {
    for (const token of this.sessions.keys()) if (token !== keep) this.sessions.delete(token);
  }

  /** How many sessions are held (for tests). */
  get size(): number {
    return this.sessions.size;
  }

  private sweep(now: Date, limits: SessionLimits): void {
    for (const [token, s] of this.sessions) if (overLimit(s, now, limits)) this.sessions.delete(token);
  }
}

function overLimit(s: Session, now: Date, limits: SessionLimits): 'expired' | 'ended' | null {
  const at = now.getTime();
  if (at - s.startedAt > limits.maxHours * 3_600_000) return 'ended';
  if (at - s.lastSeen > limits.idleMinutes * 60_000) return 'expired';
  return null;
}
