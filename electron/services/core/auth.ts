// Signing in and out, first-start set-up, changing one's own password.
import { AppError } from '../../../shared/kernel/errors.ts';
import { dateTimeInZone } from '../../../shared/kernel/dates.ts';
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

export function toSessionUser(u: UserRecord): SessionUser {
  return { id: u.id, username: u.username, displayName: u.displayName, role: u.role, mustChangePassword: u.mustChangePassword };
}

function startSession(call: Call, user: UserRecord): LoginResult {
  const token = call.ctx.sessions.create(user.id, call.now);
  return { token, user: toSessionUser(user), idleLockMinutes: getSettings(call.ctx.db).idleLockMinutes, today: today(call) };
}

/** A refused login, with what the refusal hook records: the user (if the name exists) and the failures in a row. */
class LoginFailure extends AppError {
  readonly user: UserRecord | null;
  readonly failures: number;
  readonly lockedUntil: string | null;
  constructor(code: 'UNAUTHENTICATED' | 'ACCOUNT_LOCKED', message: string, user: UserRecord | null, failures: number, lockedUntil: string | null) {
    super(code, message);
    this.user = user;
    this.failures = failures;
    this.lockedUntil = lockedUntil;
  }
}

/** Pause after a failed attempt: 200 ms per failure so far, at most 2 s. */
export function failureDelayMs(failures: number): number {
  return Math.min(200 * failures, 2000);
}

/** The time of day of an instant in the office's time zone, HH:mm. */
function officeTime(call: Call, iso: string): string {
  return dateTimeInZone(new Date(iso), call.timeZone).slice(11);
}

type AuthOps = 'auth.status' | 'auth.setupAdmin' | 'auth.login' | 'auth.logout' | 'auth.me' | 'auth.changePassword';

export const authHandlers: HandlerGroup<AuthOps> = {
  'auth.status': (call) => {
    const db = call.ctx.db;
    const settings = getSettings(db);
    const userId = call.ctx.sessions.peek(call.sessionToken, call.now, settings.idleLockMinutes);
    const user = userId === null ? undefined : getUserById(db, userId);
    return {
      setupRequired: countUsers(db) === 0,
      user: user && !user.disabled ? toSessionUser(user) : null,
      idleLockMinutes: settings.idleLockMinutes,
      today: today(call),
    };
  },

  'auth.setupAdmin': steps<'auth.setupAdmin', string, UserRecord>({
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
      if (input.loadDemo) call.loadDemo(asAdmin);
      return created;
    },
    finish: (call, user) => startSession(call, user),
  }),

  'auth.login': steps<'auth.login', { user: UserRecord | undefined; valid: boolean }, UserRecord>({
    prepare: async (call, input) => {
      const user = getUserByUsername(call.ctx.db, input.username.trim());
      if (user?.lockedUntil && new Date(user.lockedUntil) > call.now) {
        throw new AppError(
          'ACCOUNT_LOCKED',
          `密码连续错误次数过多，账号已锁定至 ${officeTime(call, user.lockedUntil)}，请稍后再试或请系统管理员解锁。`,
        );
      }
      const valid = await verifyPassword(input.password, user?.passwordHash ?? (await dummyHash()));
      return { user, valid };
    },
    run: (call, _input, { user, valid }) => {
      if (!user) throw new LoginFailure('UNAUTHENTICATED', '用户名或密码错误。', null, 1, null);
      if (!valid) {
        const settings = getSettings(call.ctx.db);
        const failures = (getUserById(call.ctx.db, user.id)?.failedCount ?? user.failedCount) + 1;
        if (failures >= settings.maxFailedLogins) {
          const lockedUntil = new Date(call.now.getTime() + settings.lockoutMinutes * 60_000).toISOString();
          throw new LoginFailure('ACCOUNT_LOCKED', `密码连续错误 ${failures} 次，账号已锁定 ${settings.lockoutMinutes} 分钟。`, user, failures, lockedUntil);
        }
        const left = settings.maxFailedLogins - failures;
        throw new LoginFailure('UNAUTHENTICATED', `用户名或密码错误。再错 ${left} 次账号将被锁定。`, user, failures, null);
      }
      if (user.disabled) throw new AppError('FORBIDDEN', '该账号已停用，请联系系统管理员。');
      recordLoginSuccess(call.ctx.db, user.id, nowIso(call));
      audit(asUser(call, user), 'user', user.id, user.username, { result: '登录成功' });
      return user;
    },
    finish: (call, user) => startSession(call, user),
    // A wrong password is counted and audited even though the login is refused; each failure
    // in a row answers a little later.
    refused: (call, _input, error) => {
      if (!(error instanceof LoginFailure)) return;
      const { user, failures, lockedUntil } = error;
      if (user) {
        recordLoginFailure(call.ctx.db, user.id, lockedUntil ? 0 : failures, lockedUntil);
        audit(asUser(call, user), 'user', user.id, user.username, lockedUntil ? { result: '密码错误，账号已锁定', lockedUntil } : { result: '密码错误', failures });
      }
      return { pauseMs: failureDelayMs(failures) };
    },
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
  }),
};
