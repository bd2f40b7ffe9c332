// Signing in and out, first-start set-up, changing one's own password.
import { AppError } from '../../../shared/kernel/errors.ts';
import { dateTimeInZone } from '../../../shared/kernel/dates.ts';
import type { LoginResult, SessionUser } from '../../../shared/core/auth.ts';
import {
  countUsers, getUserById, getUserByUsername, insertUser, recordLoginFailure, recordLoginSuccess, setPasswordHash,
  type UserRecord,
} from '../../../db/repos/core/users.ts';
import { audit, inTransaction, nowIso, type Call } from '../kernel/context.ts';
import type { HandlerGroup } from '../kernel/handler.ts';
import { dummyHash, hashPassword, verifyPassword } from './passwords.ts';
import { getSettings } from './settings.ts';
import { loadDemoData } from '../demo.ts';

export function toSessionUser(u: UserRecord): SessionUser {
  return { id: u.id, username: u.username, displayName: u.displayName, role: u.role, mustChangePassword: u.mustChangePassword };
}

function startSession(call: Call, user: UserRecord): LoginResult {
  const token = call.ctx.sessions.create(user.id, call.now);
  return { token, user: toSessionUser(user), idleLockMinutes: getSettings(call.ctx.db).idleLockMinutes };
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
    };
  },

  'auth.setupAdmin': async (call, input) => {
    if (countUsers(call.ctx.db) > 0) throw new AppError('CONFLICT', '系统已完成初始设置，请直接登录。');
    const passwordHash = await hashPassword(input.password);
    const user = inTransaction(call, () => {
      if (countUsers(call.ctx.db) > 0) throw new AppError('CONFLICT', '系统已完成初始设置，请直接登录。');
      const id = insertUser(
        call.ctx.db,
        { username: input.username, displayName: input.displayName, role: '系统管理员', passwordHash, mustChangePassword: false },
        nowIso(call),
      );
      const created = getUserById(call.ctx.db, id) as UserRecord;
      const withUser: Call = { ...call, user: created };
      audit(withUser, 'user', id, { username: input.username, displayName: input.displayName, role: '系统管理员', firstStart: true });
      if (input.loadDemo) loadDemoData(withUser);
      return created;
    });
    return startSession({ ...call, user }, user);
  },

  'auth.login': async (call, input) => {
    const db = call.ctx.db;
    const settings = getSettings(db);
    const user = getUserByUsername(db, input.username.trim());
    if (user?.lockedUntil && new Date(user.lockedUntil) > call.now) {
      throw new AppError(
        'ACCOUNT_LOCKED',
        `密码连续错误次数过多，账号已锁定至 ${officeTime(call, user.lockedUntil)}，请稍后再试或请系统管理员解锁。`,
      );
    }
    const valid = await verifyPassword(input.password, user?.passwordHash ?? (await dummyHash()));
    if (!user || !valid) {
      if (!user) {
        await call.ctx.sleep(failureDelayMs(1));
        throw new AppError('UNAUTHENTICATED', '用户名或密码错误。');
      }
      const failures = user.failedCount + 1;
      const locks = failures >= settings.maxFailedLogins;
      const lockedUntil = locks ? new Date(call.now.getTime() + settings.lockoutMinutes * 60_000).toISOString() : null;
      inTransaction(call, () => {
        recordLoginFailure(db, user.id, locks ? 0 : failures, lockedUntil);
        audit({ ...call, user }, 'user', user.id, locks ? { result: '密码错误，账号已锁定', lockedUntil } : { result: '密码错误', failures });
      });
      await call.ctx.sleep(failureDelayMs(failures));
      if (locks) {
        throw new AppError('ACCOUNT_LOCKED', `密码连续错误 ${failures} 次，账号已锁定 ${settings.lockoutMinutes} 分钟。`);
      }
      const left = settings.maxFailedLogins - failures;
      throw new AppError('UNAUTHENTICATED', `用户名或密码错误。再错 ${left} 次账号将被锁定。`);
    }
    if (user.disabled) throw new AppError('FORBIDDEN', '该账号已停用，请联系系统管理员。');
    inTransaction(call, () => {
      recordLoginSuccess(db, user.id, nowIso(call));
      audit({ ...call, user }, 'user', user.id, { result: '登录成功' });
    });
    return startSession(call, user);
  },

  'auth.logout': (call) => {
    if (call.sessionToken) call.ctx.sessions.remove(call.sessionToken);
    inTransaction(call, () => audit(call, 'user', call.user?.id ?? null, { result: '退出登录' }));
    return null;
  },

  'auth.me': (call) => toSessionUser(call.user as UserRecord),

  'auth.changePassword': async (call, input) => {
    const user = call.user as UserRecord;
    if (!(await verifyPassword(input.oldPassword, user.passwordHash))) {
      throw new AppError('VALIDATION', '原密码不正确。', { oldPassword: '原密码不正确' });
    }
    if (input.oldPassword === input.newPassword) {
      throw new AppError('VALIDATION', '新密码不能与原密码相同。', { newPassword: '新密码不能与原密码相同' });
    }
    const hash = await hashPassword(input.newPassword);
    inTransaction(call, () => {
      setPasswordHash(call.ctx.db, user.id, hash, false, nowIso(call));
      audit(call, 'user', user.id, { result: '修改本人密码' });
    });
    return null;
  },
};
