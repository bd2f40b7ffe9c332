import type { Db } from '../../types.ts';
import type { Role } from '../../../shared/core/roles.ts';
import type { Page } from '../../../shared/kernel/common.ts';
import type { UserListInput, UserRow } from '../../../shared/core/auth.ts';

export interface UserRecord {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  mainLeader: boolean;
  passwordHash: string;
  disabled: boolean;
  failedCount: number;
  lockedUntil: string | null;
  mustChangePassword: boolean;
  lastLoginAt: string | null;
  version: number;
  createdAt: string;
}

const SELECT = `SELECT id, username, display_name AS displayName, role, main_leader AS mainLeader, password_hash AS passwordHash, disabled,
  failed_count AS failedCount, locked_until AS lockedUntil, must_change_password AS mustChangePassword,
  last_login_at AS lastLoginAt, version, created_at AS createdAt FROM users`;

type Raw = Omit<UserRecord, 'disabled' | 'mustChangePassword' | 'mainLeader'> & { disabled: number; mustChangePassword: number; mainLeader: number };

function toRecord(raw: Raw): UserRecord {
  return { ...raw, disabled: raw.disabled === 1, mustChangePassword: raw.mustChangePassword === 1, mainLeader: raw.mainLeader === 1 };
}

export function toUserRow(u: UserRecord): UserRow {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    mainLeader: u.mainLeader,
    disabled: u.disabled,
    lockedUntil: u.lockedUntil,
    failedCount: u.failedCount,
    mustChangePassword: u.mustChangePassword,
    lastLoginAt: u.lastLoginAt,
    version: u.version,
    createdAt: u.createdAt,
  };
}

export function countUsers(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n;
}

export function getUserById(db: Db, id: number): UserRecord | undefined {
  const raw = db.prepare(`${SELECT} WHERE id = ?`).get(id) as Raw | undefined;
  return raw ? toRecord(raw) : undefined;
}

export function getUserByUsername(db: Db, username: string): UserRecord | undefined {
  const raw = db.prepare(`${SELECT} WHERE username = ?`).get(username) as Raw | undefined;
  return raw ? toRecord(raw) : undefined;
}

const SORT_SQL: Record<UserListInput['sortField'], string> = {
  username: 'username',
  displayName: 'display_name',
  role: 'role',
  disabled: 'disabled',
  lastLoginAt: 'last_login_at',
};

export function listUsers(db: Db, input: UserListInput): Page<UserRow> {
  const where = input.q ? 'WHERE instr(lower(username), lower(?)) > 0 OR instr(display_name, ?) > 0' : '';
  const params = input.q ? [input.q, input.q] : [];
  const total = (db.prepare(`SELECT count(*) AS n FROM users ${where}`).get(...params) as { n: number }).n;
  const dir = input.sortDir === 'desc' ? 'DESC' : 'ASC';
  const rows = db
    .prepare(`${SELECT} ${where} ORDER BY ${SORT_SQL[input.sortField]} ${dir}, id ${dir} LIMIT ? OFFSET ?`)
    .all(...params, input.pageSize, input.page * input.pageSize) as Raw[];
  return { rows: rows.map((r) => toUserRow(toRecord(r))), total };
}

export function insertUser(
  db: Db,
  data: { username: string; displayName: string; role: Role; passwordHash: string; mustChangePassword: boolean; mainLeader?: boolean },
  now: string,
): number {
  const result = db
    .prepare(
      `INSERT INTO users (username, display_name, role, main_leader, password_hash, must_change_password, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(data.username, data.displayName, data.role, data.mainLeader ? 1 : 0, data.passwordHash, data.mustChangePassword ? 1 : 0, now, now);
  return Number(result.lastInsertRowid);
}

export function updateUserProfile(
  db: Db, id: number, version: number, profile: { displayName: string; role: Role; mainLeader: boolean }, now: string,
): boolean {
  return (
    db
      .prepare('UPDATE users SET display_name = ?, role = ?, main_leader = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?')
      .run(profile.displayName, profile.role, profile.mainLeader ? 1 : 0, now, id, version).changes > 0
  );
}

export function setPasswordHash(db: Db, id: number, hash: string, mustChange: boolean, now: string): void {
  db.prepare(
    `UPDATE users SET password_hash = ?, must_change_password = ?, failed_count = 0, locked_until = NULL,
       updated_at = ?, version = version + 1 WHERE id = ?`,
  ).run(hash, mustChange ? 1 : 0, now, id);
}

export function setDisabled(db: Db, id: number, disabled: boolean, now: string): void {
  db.prepare('UPDATE users SET disabled = ?, updated_at = ?, version = version + 1 WHERE id = ?').run(disabled ? 1 : 0, now, id);
}

export function recordLoginFailure(db: Db, id: number, failedCount: number, lockedUntil: string | null): void {
  db.prepare('UPDATE users SET failed_count = ?, locked_until = ? WHERE id = ?').run(failedCount, lockedUntil, id);
}

export function recordLoginSuccess(db: Db, id: number, now: string): void {
  db.prepare('UPDATE users SET failed_count = 0, locked_until = NULL, last_login_at = ? WHERE id = ?').run(now, id);
}

export function clearLock(db: Db, id: number, now: string): void {
  db.prepare('UPDATE users SET failed_count = 0, locked_until = NULL, updated_at = ?, version = version + 1 WHERE id = ?').run(now, id);
}

export function countActiveAdmins(db: Db): number {
  return (db.prepare("SELECT count(*) AS n FROM users WHERE role = '系统管理员' AND disabled = 0").get() as { n: number }).n;
}

/** Active accounts for pickers (承办人): no login data. */
export function userOptions(db: Db): Array<{ id: number; displayName: string; role: string }> {
  return db
    .prepare('SELECT id, display_name AS displayName, role FROM users WHERE disabled = 0 ORDER BY role, display_name, id')
    .all() as Array<{ id: number; displayName: string; role: string }>;
}

/** User names by id (the audit page names the objects of entries written before 0004). */
export function usernamesById(db: Db, ids: readonly number[]): Map<number, string> {
  const rows = db.prepare('SELECT id, username FROM users WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as Array<{ id: number; username: string }>;
  return new Map(rows.map((r) => [r.id, r.username]));
}
