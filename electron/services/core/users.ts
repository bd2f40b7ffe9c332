// The administrator's account management.
import { AppError } from '../../../shared/kernel/errors.ts';
import { mainLeaderRefusal, type UserRow } from '../../../shared/core/auth.ts';
import {
  clearLock, countActiveAdmins, getUserById, getUserByUsername, insertUser, listUsers, setDisabled, setPasswordHash,
  toUserRow, updateUserProfile, type UserRecord, userOptions } from '../../../db/repos/core/users.ts';
import { audit, nowIso, type Call } from '../kernel/context.ts';
import { steps, type HandlerGroup } from '../kernel/handler.ts';
import { userOf } from '../kernel/caller.ts';
import { hashPassword } from './passwords.ts';
import { changes } from '../kernel/changes.ts';

function mustGet(call: Call, id: number): UserRecord {
  const user = getUserById(call.ctx.db, id);
  if (!user) throw new AppError('NOT_FOUND', '该用户不存在或已被删除。');
  return user;
}

function row(call: Call, id: number): UserRow {
  return toUserRow(mustGet(call, id));
}

function ensureAnotherAdminRemains(call: Call, target: UserRecord): void {
  if (target.role === '系统管理员' && !target.disabled && countActiveAdmins(call.ctx.db) <= 1) {
    throw new AppError('CONFLICT', '系统至少需要保留一个可用的系统管理员账号。');
  }
}

type UserOps = 'users.list' | 'users.options' | 'users.create' | 'users.update' | 'users.resetPassword' | 'users.setDisabled' | 'users.unlock';

function mainLeaderAllowed(role: UserRow['role'], mainLeader: boolean): void {
  const refusal = mainLeaderRefusal(role, mainLeader);
  if (refusal) throw new AppError('VALIDATION', `${refusal}（请取消“机关主要领导”或把角色改为领导）。`, { mainLeader: refusal });
}

function usernameFree(call: Call, username: string): void {
  if (getUserByUsername(call.ctx.db, username)) {
    throw new AppError('CONFLICT', `用户名“${username}”已被使用。`, { username: '该用户名已被使用' });
  }
}

export const userHandlers: HandlerGroup<UserOps> = {
  'users.list': (call, input) => listUsers(call.ctx.db, input),
  'users.options': (call) => userOptions(call.ctx.db),

  'users.create': steps<'users.create', string>({
    prepare: (call, input) => {
      mainLeaderAllowed(input.role, input.mainLeader);
      usernameFree(call, input.username);
      return hashPassword(input.password);
    },
    run: (call, input, passwordHash) => {
      usernameFree(call, input.username);
      const id = insertUser(
        call.ctx.db,
        { username: input.username, displayName: input.displayName, role: input.role, passwordHash, mustChangePassword: true, mainLeader: input.mainLeader },
        nowIso(call),
      );
      audit(call, 'user', id, input.username, {
        username: input.username, displayName: input.displayName, role: input.role, ...(input.mainLeader ? { mainLeader: true } : {}),
      });
      return row(call, id);
    },
  }),

  'users.update': (call, input) => {
    const before = mustGet(call, input.id);
    if (before.role === '系统管理员' && input.role !== '系统管理员') ensureAnotherAdminRemains(call, before);
    mainLeaderAllowed(input.role, input.mainLeader);
    const profile = { displayName: input.displayName, role: input.role, mainLeader: input.mainLeader };
    if (!updateUserProfile(call.ctx.db, input.id, input.version, profile, nowIso(call))) {
      throw new AppError('CONFLICT', '该用户已被他人修改，请刷新后重试。');
    }
    audit(call, 'user', input.id, before.username, changes(before, profile));
    return row(call, input.id);
  },

  'users.resetPassword': steps<'users.resetPassword', string>({
    prepare: (call, input) => {
      mustGet(call, input.id);
      return hashPassword(input.password);
    },
    run: (call, input, hash) => {
      const target = mustGet(call, input.id);
      setPasswordHash(call.ctx.db, input.id, hash, true, nowIso(call));
      audit(call, 'user', input.id, target.username, { result: '重置密码（下次登录须修改）', username: target.username });
      return row(call, input.id);
    },
    // The user's open sessions end once the new password is saved.
    finish: (call, user) => {
      call.ctx.sessions.removeUser(user.id);
      return user;
    },
  }),

  'users.setDisabled': (call, input) => {
    const target = mustGet(call, input.id);
    if (input.disabled) {
      if (userOf(call)?.id === target.id) throw new AppError('CONFLICT', '不能停用自己正在使用的账号。');
      ensureAnotherAdminRemains(call, target);
    }
    setDisabled(call.ctx.db, input.id, input.disabled, nowIso(call));
    if (input.disabled) call.ctx.sessions.removeUser(input.id);
    audit(call, 'user', input.id, target.username, { disabled: [target.disabled, input.disabled], username: target.username });
    return row(call, input.id);
  },

  'users.unlock': (call, input) => {
    const target = mustGet(call, input.id);
    clearLock(call.ctx.db, input.id, nowIso(call));
    audit(call, 'user', input.id, target.username, { result: '解除锁定', username: target.username });
    return row(call, input.id);
  },
};
