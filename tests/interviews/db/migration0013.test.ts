// Migration 0013 on a store written before it: every discipline event of the tips kept exactly,
// now with 信访件 as its source; the new columns empty; the events table takes events of talks and
// letters (no tip), 提醒 among the outcomes, and still one event per person reported.
import { afterEach, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../../db/open.ts';
import { insertDisciplineEvent } from '../../../db/repos/tips/index.ts';
import { makeEnv, setupAdmin, tempDir } from '../../helpers/services.ts';
import { undo0013, undo0014, undo0015 } from '../../helpers/undoMigrations.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const EVENT_COLUMNS = `id, tip_id, tip_person_id, person_id, person_name, unit_id, unit_name, category, outcome, grade, circumstance,
  conduct_date, decided_date, created_at`;

describe('migration 0013', () => {
  it('keeps every tip outcome as it was, with 信访件 as its source', async () => {
    const env = makeEnv();
    await setupAdmin(env, true);
    const tipEvents = env.db.prepare(`SELECT ${EVENT_COLUMNS} FROM discipline_events WHERE source_kind = '信访件' ORDER BY id`).all();
    expect(tipEvents.length).toBeGreaterThan(5);
    undo0015(env.db);
    undo0014(env.db);
    undo0013(env.db);
    env.db.pragma('user_version = 12');
    const dir = tempDir('lianqing-m13-');
    dirs.push(dir);
    const file = join(dir, 'lianqing.sqlite');
    env.db.prepare('VACUUM INTO ?').run(file);
    env.close();

    const { db, migration } = openDatabase(file, { now: () => new Date('2026-11-21T08:00:00Z') });
    try {
      expect(migration).toMatchObject({ from: 12, to: 15 });
      expect(db.prepare(`SELECT ${EVENT_COLUMNS} FROM discipline_events ORDER BY id`).all()).toEqual(tipEvents);
      expect(db.prepare("SELECT count(*) AS n FROM discipline_events WHERE source_kind <> '信访件' OR source_id <> tip_id").get()).toEqual({ n: 0 });
      expect(db.prepare('SELECT count(*) AS n FROM users WHERE main_leader <> 0').get()).toEqual({ n: 0 });
      expect(db.prepare('SELECT count(*) AS n FROM tips WHERE plan_state IS NOT NULL').get()).toEqual({ n: 0 });

      // An event of a talk (no tip) with 提醒; a second event for a tip's person is refused.
      const person = db.prepare('SELECT id, name, unit_id AS unitId FROM people ORDER BY id LIMIT 1').get() as { id: number; name: string; unitId: number };
      const base = {
        personId: person.id, personName: person.name, unitId: person.unitId, unitName: '', category: '一般干部' as const, grade: '',
        circumstance: '一般' as const, conductDate: '2026-05-01', decidedDate: '2026-11-20', now: '2026-11-20T08:00:00.000Z',
      };
      const id = insertDisciplineEvent(db, { ...base, sourceKind: '谈话', sourceId: 1, tipId: null, tipPersonId: null, outcome: '提醒' });
      expect(db.prepare('SELECT source_kind AS kind, outcome, tip_id AS tipId FROM discipline_events WHERE id = ?').get(id)).toEqual({ kind: '谈话', outcome: '提醒', tipId: null });
      const taken = db.prepare('SELECT tip_id AS tipId, tip_person_id AS tipPersonId FROM discipline_events WHERE tip_person_id IS NOT NULL LIMIT 1').get() as { tipId: number; tipPersonId: number };
      expect(() => insertDisciplineEvent(db, { ...base, sourceKind: '函询', sourceId: 2, ...taken, outcome: '诫勉' })).toThrow(/UNIQUE/);
    } finally {
      db.close();
    }
  });
});
