import type { Db } from '../../types.ts';

export function readSettings(db: Db): Record<string, unknown> {
  const rows = db.prepare('SELECT key, value FROM settings').all() as Array<{ key: string; value: string }>;
  const out: Record<string, unknown> = {};
  for (const row of rows) out[row.key] = JSON.parse(row.value) as unknown;
  return out;
}

export function writeSetting(db: Db, key: string, value: unknown): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
    key,
    JSON.stringify(value),
  );
}
