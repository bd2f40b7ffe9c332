// Migration 0014 on a store written before it (the demo office taken back to version 13): every
// unit's 设立日期 is the office's day of its creation (Beijing: just after 16:00 UTC is the next day),
// a revoked unit's 撤销日期 the day of its last change, other units none; every discipline event kept
// exactly; the references to events still resolve; foreign keys on again afterwards.
import { afterEach, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../../db/open.ts';
import { makeEnv, setupAdmin, tempDir } from '../../helpers/services.ts';
import { undo0014, undo0015 } from '../../helpers/undoMigrations.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('migration 0014', () => {
  it('dates the units, keeps every discipline event and its references, and turns foreign keys on again', async () => {
    const env = makeEnv();
    await setupAdmin(env, true);
    const villages = env.db.prepare("SELECT id FROM units WHERE type = '行政村' ORDER BY id LIMIT 2").all() as Array<{ id: number }>;
    const [late, revoked] = villages;
    if (!late || !revoked) throw new Error('the demo has villages');
    // Created just after 16:00 UTC: in Beijing already the next day.
    env.db.prepare("UPDATE units SET created_at = '2025-03-01T16:00:01.000Z' WHERE id = ?").run(late.id);
    env.db.prepare("UPDATE units SET status = '已撤销', created_at = '2024-01-10T02:00:00.000Z', updated_at = '2026-05-10T16:30:00.000Z' WHERE id = ?").run(revoked.id);
    const events = env.db.prepare("SELECT * FROM discipline_events WHERE source_kind <> '外部决定' ORDER BY id").all();
    expect(events.length).toBeGreaterThan(5);
    const units = env.db.prepare('SELECT id, status, created_at AS createdAt FROM units ORDER BY id').all() as Array<{ id: number; status: string; createdAt: string }>;
    const linked = (env.db.prepare('SELECT count(*) AS n FROM interviews WHERE event_id IS NOT NULL').get() as { n: number }).n;
    expect(linked).toBeGreaterThan(0);

    undo0015(env.db);
    undo0014(env.db);
    env.db.pragma('user_version = 13');
    const dir = tempDir('lianqing-m14-');
    dirs.push(dir);
    const file = join(dir, 'lianqing.sqlite');
    env.db.prepare('VACUUM INTO ?').run(file);
    env.close();

    const { db, migration } = openDatabase(file, { now: () => new Date('2026-11-21T08:00:00Z') });
    try {
      expect(migration).toMatchObject({ from: 13, to: 15 });
      const dates = (id: number) => db.prepare('SELECT established_date AS established, revoked_date AS revoked FROM units WHERE id = ?').get(id);
      expect(dates(late.id)).toEqual({ established: '2025-03-02', revoked: null });
      expect(dates(revoked.id)).toEqual({ established: '2024-01-10', revoked: '2026-05-11' });
      const beijingDay = (iso: string) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(iso));
      for (const u of units) {
        if (u.id === late.id || u.id === revoked.id) continue;
        expect(dates(u.id)).toEqual({ established: beijingDay(u.createdAt), revoked: u.status === '已撤销' ? expect.any(String) : null });
      }
      expect(db.prepare('SELECT * FROM discipline_events ORDER BY id').all()).toEqual(events);
      expect(db.prepare('SELECT count(*) AS n FROM interviews i JOIN discipline_events e ON e.id = i.event_id').get()).toEqual({ n: linked });
      expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    } finally {
      db.close();
    }
  });
});
