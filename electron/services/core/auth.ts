// Signing in and out, first-start set-up, changing one's own password.
import { AppError } from '../../../shared/kernel/errors.ts';
import type { LoginResult, SessionUser } from '../../../shared/core/auth.ts';
import {
  countUsers, getUserById, getUserByUsername, insertUser, recordLoginFailure, recordLoginSuccess, setPasswordHash,
  type UserRecord,
} from '../../../db/repos/core/users.ts';
import { audit, nowIso, today, type Call } from '../kernel/context.ts';
import { steps, type HandlerGroup } from '../kernel/handler.ts';
import { asUser, signedInUser, userOf } from '../kernel/caller.ts';
import { dummyHash, hashPassword, verifyPassword } from './passwords.ts';
import { getSettings } from '../settings/index.ts';
import { failureDelayMs } from '../kernel/attempts.ts';

export function toSessionUser(u: UserRecord): SessionUser {
  return { id: u.id, username: u.username, displayName: u.displayName, role: u.role, mustChangePassword: u.mustChangePassword, mainLeader: u.mainLeader };
}

function startSession(call: Call, user: UserRecord): LoginResult {
  const { idleLockMinutes, sessionMaxHours } = getSettings(call.ctx.db);
  const token = call.ctx.sessions.create(user.id, call.now, { idleMinutes: idleLockMinutes, maxHours: sessionMaxHours });
  return { token, user: toSessionUser(user), idleLockMinutes, today: today(call) };
}

/**
 * The one answer to every refused sign-in — an unknown name, a wrong password, a locked or a
 * disabled account, a right password while locked — so that it tells no one which names exist
 * or which password is right.
 */
export const SIGN_IN_REFUSED = '用户名或密码错误；多次失败后账号将暂时锁定，请稍后再试或联系系统管理员。';

type Refusal = 'unknown' | 'wrong' | 'locked' | 'disabled';

/** A refused login, with what the refusal hook records: why, the user (if the name exists), the failures in a row. */
class LoginFailure extends AppError {
  readonly why: Refusal;
  readonly user: UserRecord | null;
  readonly failures: number;
  readonly lockedUntil: string | null;
  constructor(why: Refusal, user: UserRecord | null, failures: number, lockedUntil: string | null) {
    super('UNAUTHENTICATED', SIGN_IN_REFUSED);
    this.why = why;
    this.user = user;
    this.failures = failures;
    this.lockedUntil = lockedUntil;
  }
}

/** What the audit trail says of each refusal of a known account (never the password typed). */
const REFUSAL_RESULT: Record<Exclude<Refusal, 'unknown'>, string> = {
  wrong: '密码错误',
  locked: '账号锁定期间尝试登录',
  disabled: '已停用的账号尝试登录',
};

interface Attempt {
  user: UserRecord | undefined;
  valid: boolean;
  /** Ends this attempt's turn for the name (the next waiting attempt then reads what it wrote). */
  done: () => void;
}

type AuthOps = 'auth.status' | 'auth.setupAdmin' | 'auth.login' | 'auth.logout' | 'auth.me' | 'auth.changePassword';

export const authHandlers: HandlerGroup<AuthOps> = {
  'auth.status': (call) => {
    const db = call.ctx.db;
    const settings = getSettings(db);
    const userId = call.ctx.sessions.peek(call.sessionToken, call.now, { idleMinutes: settings.idleLockMinutes, maxHours: settings.sessionMaxHours });
    const user = userId === null ? undefined : getUserById(db, userId);
    return {
      setupRequired: countUsers(db) === 0,
      user: user && !user.disabled ? toSessionUser(user) : null,
      idleLockMinutes: settings.idleLockMinutes,
      today: today(call),
    };
  },

  'auth.setupAdmin': steps<'auth.setupAdmin', string, { created: UserRecord; followUps: Array<(call: Call) => Promise<void>> }>({
    prepare: async (call, input) => {
      if (countUsers(call.ctx.db) > 0) throw new AppError('CONFLICT', '系统已完成初始设置，请直接登录。');
      return hashPassword(input.password);
    },
    run: (call, input, passwordHash) => {
      if (countUsers(call.ctx.db) > 0) throw new AppError('CONFLICT', '系统已完成初始设置，请直接登录。');
      const id = insertUser(
        call.ctx.db,
        { username: input.username, displayName: input.displayName, role: '系统管理员', passwordHash, mustChangePassword: false },
        nowIso(call),
      );
      const created = getUserById(call.ctx.db, id) as UserRecord;
      const asAdmin = asUser(call, created);
      audit(asAdmin, 'user', id, input.username, { username: input.username, displayName: input.displayName, role: '系统管理员', firstStart: true });
      const followUps = input.loadDemo ? call.loadDemo(asAdmin) : [];
      return { created, followUps };
    },
    finish: async (call, { created, followUps }) => {
      // What the demo does through the operations themselves, each in its own transaction (issuing its
      // 公文). The administrator and the demo are committed by now: a follow-up that fails leaves its
      // part undone (the demo's 通知 stay drafts in 发文登记) and the first start still signs in.
      for (const followUp of followUps) {
        try {
          await followUp(asUser(call, created));
        } catch (error) {
          console.error(`[lianqing] demo follow-up failed: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      return startSession(call, created);
    },
  }),

  // Attempts for one name are taken one at a time (ctx.signIns), each reading the failures the one
  // before it wrote: N attempts sent at once count N. The password is checked whatever the
  // account's state, against a stand-in hash for a name that does not exist, so a refusal takes
  // the same time and gives the same answer whatever the reason; each refusal in a row for the
  // name answers a little later.
  'auth.login': steps<'auth.login', Attempt, UserRecord>({
    prepare: async (call, input) => {
      const name = input.username.trim();
      const done = await call.ctx.signIns.acquire(name);
      try {
        const user = getUserByUsername(call.ctx.db, name);
        const valid = await verifyPassword(input.password, user?.passwordHash ?? (await dummyHash()));
        return { user, valid, done };
      } catch (error) {
        done();
        throw error;
      }
    },
    run: (call, input, { user, valid }) => {
      const db = call.ctx.db;
      if (!user) {
        const { lockoutMinutes } = getSettings(db);
        throw new LoginFailure('unknown', null, call.ctx.unknownNames.fail(input.username.trim(), call.now, lockoutMinutes), null);
      }
      // As stored now: the attempt before this one may have counted a failure.
      const current = getUserById(db, user.id) ?? user;
      if (current.lockedUntil !== null && new Date(current.lockedUntil) > call.now) {
        throw new LoginFailure('locked', current, current.failedCount, current.lockedUntil);
      }
      if (!valid) {
        const settings = getSettings(db);
        // A lock that has run out starts the count again.
        const failures = (current.lockedUntil !== null ? 0 : current.failedCount) + 1;
        const lockedUntil = failures >= settings.maxFailedLogins ? new Date(call.now.getTime() + settings.lockoutMinutes * 60_000).toISOString() : null;
        throw new LoginFailure('wrong', current, failures, lockedUntil);
      }
      if (current.disabled) throw new LoginFailure('disabled', current, 1, null);
      recordLoginSuccess(db, current.id, nowIso(call));
      audit(asUser(call, current), 'user', current.id, current.username, { result: '登录成功' });
      return current;
    },
    finish: (call, user) => startSession(call, user),
    refused: (call, _input, error) => {
      if (!(error instanceof LoginFailure)) return;
      const { why, user, failures, lockedUntil } = error;
      if (user && why !== 'unknown') {
        if (why === 'wrong') recordLoginFailure(call.ctx.db, user.id, failures, lockedUntil);
        const summary =
          why !== 'wrong' ? { result: REFUSAL_RESULT[why] } : lockedUntil ? { result: '密码错误，账号已锁定', failures, lockedUntil } : { result: REFUSAL_RESULT.wrong, failures };
        audit(asUser(call, user), 'user', user.id, user.username, summary);
      }
      return { pauseMs: failureDelayMs(Math.max(1, failures)) };
    },
    // The next attempt for the name goes on after this one's answer and its pause.
    release: (attempt) => attempt.done(),
  }),

  'auth.logout': steps<'auth.logout', undefined, null>({
    run: (call) => {
      const user = userOf(call);
      audit(call, 'user', user?.id ?? null, user?.username ?? null, { result: '退出登录' });
      return null;
    },
    finish: (call) => {
      if (call.sessionToken) call.ctx.sessions.remove(call.sessionToken);
      return null;
    },
  }),

  'auth.me': (call) => toSessionUser(signedInUser(call)),

  'auth.changePassword': steps<'auth.changePassword', string>({
    prepare: async (call, input) => {
      const user = signedInUser(call);
      if (!(await verifyPassword(input.oldPassword, user.passwordHash))) {
        throw new AppError('VALIDATION', '原密码不正确。', { oldPassword: '原密码不正确' });
      }
      if (input.oldPassword === input.newPassword) {
        throw new AppError('VALIDATION', '新密码不能与原密码相同。', { newPassword: '新密码不能与原密码相同' });
      }
      return hashPassword(input.newPassword);
    },
    run: (call, _input, hash) => {
      const user = signedInUser(call);
      setPasswordHash(call.ctx.db, user.id, hash, false, nowIso(call));
      audit(call, 'user', user.id, user.username, { result: '修改本人密码' });
      return null;
    },
    // Whoever signed in elsewhere with the old password is signed out; this window stays.
    finish: (call) => {
      call.ctx.sessions.removeUser(signedInUser(call).id, call.sessionToken);
      return null;
    },
  }),
};
