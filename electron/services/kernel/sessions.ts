// Signed-in sessions, held in memory by the process that serves the API: a restart signs
// everyone out. A session idle for longer than the configured time is locked (removed).
import { randomBytes } from 'node:crypto';

interface Session {
  userId: number;
  lastSeen: number;
}

export type SessionLookup = { kind: 'ok'; userId: number } | { kind: 'missing' } | { kind: 'expired' };

export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  create(userId: number, now: Date): string {
    const token = randomBytes(32).toString('base64url');
    this.sessions.set(token, { userId, lastSeen: now.getTime() });
    return token;
  }

  /** Finds the session and marks it used; an idle one is removed and reported expired. */
  touch(token: string | null | undefined, now: Date, idleMinutes: number): SessionLookup {
    if (!token) return { kind: 'missing' };
    const session = this.sessions.get(token);
    if (!session) return { kind: 'missing' };
    if (now.getTime() - session.lastSeen > idleMinutes * 60_000) {
      this.sessions.delete(token);
      return { kind: 'expired' };
    }
    session.lastSeen = now.getTime();
    return { kind: 'ok', userId: session.userId };
  }

  /** The user of a session without marking it used (for status checks). */
  peek(token: string | null | undefined, now: Date, idleMinutes: number): number | null {
    if (!token) return null;
    const session = this.sessions.get(token);
    if (!session || now.getTime() - session.lastSeen > idleMinutes * 60_000) return null;
    return session.userId;
  }

  remove(token: string): void {
    this.sessions.delete(token);
  }

  removeUser(userId: number): void {
    for (const [token, s] of this.sessions) if (s.userId === userId) this.sessions.delete(token);
  }
}
