import { z } from '../kernel/zod.ts';
import { ROLES, type Role } from './roles.ts';
import { boolField, enumField, idField, nameField, paging, searchField, versionField } from '../kernel/common.ts';

export const usernameField = z
  .string({ error: '用户名应为文字' })
  .max(64, '用户名为3到32位字母、数字、下划线、点或连字符')
  .transform((v) => v.trim())
  .pipe(z.string().regex(/^[A-Za-z0-9_.-]{3,32}$/, '用户名为3到32位字母、数字、下划线、点或连字符'));

export const PASSWORD_RULE = '密码至少8位，最多128位，且须同时包含字母和数字';
export const passwordField = z
  .string({ error: '密码应为文字' })
  .min(8, PASSWORD_RULE)
  .max(128, PASSWORD_RULE)
  .refine((v) => /[A-Za-z]/.test(v) && /\d/.test(v), PASSWORD_RULE);

export const setupAdminInput = z.strictObject({
  username: usernameField,
  displayName: nameField('姓名', 30),
  password: passwordField,
  loadDemo: boolField('是否载入演示数据').default(false),
});
export const loginInput = z.strictObject({
  username: z.string({ error: '请填写用户名' }).min(1, '请填写用户名').max(64, '用户名或密码错误'),
  password: z.string({ error: '请填写密码' }).min(1, '请填写密码').max(256, '用户名或密码错误'),
});
export const changePasswordInput = z.strictObject({
  oldPassword: z.string({ error: '请填写原密码' }).min(1, '请填写原密码').max(256, '原密码不正确'),
  newPassword: passwordField,
});

export const userCreateInput = z.strictObject({
  username: usernameField,
  displayName: nameField('姓名', 30),
  role: enumField('角色', ROLES),
  password: passwordField,
  /** 机关主要领导 (approves 谈话函询方案 of lower-level party committees' heads); a 领导 account only. */
  mainLeader: boolField('机关主要领导').default(false),
});
export const userUpdateInput = z.strictObject({
  id: idField('用户'),
  version: versionField,
  displayName: nameField('姓名', 30),
  role: enumField('角色', ROLES),
  mainLeader: boolField('机关主要领导').default(false),
});
export const userResetPasswordInput = z.strictObject({ id: idField('用户'), password: passwordField });
export const userSetDisabledInput = z.strictObject({ id: idField('用户'), disabled: boolField('是否停用') });
export const userListInput = z.strictObject({
  ...paging,
  sortField: z.enum(['username', 'displayName', 'role', 'disabled', 'lastLoginAt'], { error: '排序字段无效' }).default('username'),
  q: searchField,
});

/** Only a 领导 account may be flagged 机关主要领导; the message when another is, or null. */
export function mainLeaderRefusal(role: Role, mainLeader: boolean): string | null {
  return mainLeader && role !== '领导' ? '只有角色为领导的账号可以设为机关主要领导' : null;
}

export type SetupAdminInput = z.output<typeof setupAdminInput>;
export type LoginInput = z.output<typeof loginInput>;
export type UserCreateInput = z.output<typeof userCreateInput>;
export type UserUpdateInput = z.output<typeof userUpdateInput>;
export type UserListInput = z.output<typeof userListInput>;

export interface SessionUser {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  mustChangePassword: boolean;
  /** Flagged 机关主要领导 by the administrator (a 领导 account). */
  mainLeader: boolean;
}

export interface AuthStatus {
  setupRequired: boolean;
  user: SessionUser | null;
  idleLockMinutes: number;
  /** The office's date by the service's clock (YYYY-MM-DD): the client's "today". */
  today: string;
}

export interface LoginResult {
  token: string;
  user: SessionUser;
  idleLockMinutes: number;
  /** The office's date by the service's clock (YYYY-MM-DD): the client's "today". */
  today: string;
}

export interface UserRow {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  /** 机关主要领导 (a 领导 account only). */
  mainLeader: boolean;
  disabled: boolean;
  lockedUntil: string | null;
  /** Wrong passwords in a row; while locked, how many locked the account. */
  failedCount: number;
  mustChangePassword: boolean;
  lastLoginAt: string | null;
  version: number;
  createdAt: string;
}

/** A member of staff as a picker lists them (承办人). */
export interface UserOption {
  id: number;
  displayName: string;
  role: string;
}
