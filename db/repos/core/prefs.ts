// One's own view settings (user_prefs, migration 0005): one row per user and view, the value JSON.
import type { Db } from '../../types.ts';

export function getUserPref(db: Db, userId: number, key: string): string | null {
  const row = db.prepare('SELECT value FROM user_prefs WHERE user_id = ? AND key = ?').get(userId, key) as { value: string } | undefined;
  return row?.value ?? null;
}

export function setUserPref(db: Db, userId: number, key: string, value: string, at: string): void {
  db.prepare(
    `INSERT INTO user_prefs (user_id, key, value, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (user_id, key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  ).run(userId, key, value, at);
}
