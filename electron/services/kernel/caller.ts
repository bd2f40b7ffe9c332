// Who makes a call: nobody signed in, a signed-in member of staff, or the person at the machine
// running the command line (who holds the database file). Rules ask which, explicitly: no rule
// treats "no user" as "may do anything".
import { AppError } from '../../../shared/kernel/errors.ts';
import type { UserRecord } from '../../../db/repos/core/index.ts';

export type Caller =
  | { kind: 'anonymous' }
  | { kind: 'user'; user: UserRecord }
  | { kind: 'local'; actor: string };

interface HasCaller {
  caller: Caller;
}

/** The signed-in user, or null for the anonymous caller and the command line. */
export function userOf(call: HasCaller): UserRecord | null {
  return call.caller.kind === 'user' ? call.caller.user : null;
}

/** The signed-in user; refuses anyone else (operations with access 'session' or roles). */
export function signedInUser(call: HasCaller): UserRecord {
  const user = userOf(call);
  if (!user) throw new AppError('UNAUTHENTICATED', '尚未登录或登录已失效，请重新登录。');
  return user;
}

/** The command line: full local rights over the file it was given. */
export function isLocal(call: HasCaller): boolean {
  return call.caller.kind === 'local';
}

/** The name recorded for the caller in history and audit (姓名, （命令行）, （未登录）). */
export function actorName(call: HasCaller): string {
  const c = call.caller;
  return c.kind === 'user' ? c.user.displayName : c.kind === 'local' ? c.actor : '（未登录）';
}

/** The login name recorded in the audit trail. */
export function actorUsername(call: HasCaller): string {
  const c = call.caller;
  return c.kind === 'user' ? c.user.username : c.kind === 'local' ? c.actor : '（未登录）';
}

export function actorId(call: HasCaller): number | null {
  return userOf(call)?.id ?? null;
}

/** The same call made as this user (a login that has just checked the password, the demo's staff). */
export function asUser<C extends HasCaller>(call: C, user: UserRecord): C {
  return { ...call, caller: { kind: 'user', user } };
}
