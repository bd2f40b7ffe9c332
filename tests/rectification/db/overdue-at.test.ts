// "Overdue rectification at quarter end" in SQL (db/repos/rectification/overdue.ts) against the
// pure rule (shared/rectification/flow.ts overdueAt / deadlineInForce) on the same rows: the
// boundaries by name — closed on the last day, extended after the quarter, extended on the last
// day, due on the last day, registered after the day — then many random histories on many days.
// Answered from the history as of the day, never from today's status or deadline.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { openDatabase } from '../../../db/open.ts';
import type { Db } from '../../../db/types.ts';
import { insertUnit } from '../../../db/repos/registry/units.ts';
import { overdueCountsByUnitAt, overdueItemsAt } from '../../../db/repos/rectification/index.ts';
import { deadlineInForce, overdueAt, type ItemHistory } from '../../../shared/rectification/index.ts';
import { addDays } from '../../../shared/kernel/workdays.ts';
import { mulberry32 } from '../../../shared/kernel/random.ts';
import { tempDir } from '../../helpers/services.ts';
import { insertRect, type RectSpec } from '../../helpers/rectification.ts';

const Q3_END = '2026-09-30';
let dir: string;
let db: Db;
let unitA: number;
let unitB: number;

/** Every item's history as the pure rule reads it, from the rows (approved extensions only). */
function histories(): Map<number, ItemHistory & { unitId: number }> {
  const items = db.prepare('SELECT id, unit_id AS unitId, created_on AS createdOn, deadline_original AS deadlineOriginal, closed_on AS closedOn FROM rect_items ORDER BY id').all() as Array<ItemHistory & { id: number; unitId: number }>;
  const ext = db.prepare("SELECT item_id AS itemId, decided_on AS decidedOn, requested_deadline AS deadline FROM rect_extensions WHERE state = '已批准' ORDER BY id").all() as Array<{ itemId: number; decidedOn: string; deadline: string }>;
  return new Map(items.map((i) => [i.id, { ...i, extensions: ext.filter((e) => e.itemId === i.id) }]));
}

function pureIds(day: string, unitId?: number): number[] {
  return [...histories()].filter(([, h]) => (unitId === undefined || h.unitId === unitId) && overdueAt(h, day)).map(([id]) => id).sort((a, b) => a - b);
}

function sqlIds(day: string, unitId?: number): number[] {
  return overdueItemsAt(db, day, unitId).map((i) => i.id).sort((a, b) => a - b);
}

beforeAll(() => {
  dir = tempDir('lianqing-rect-overdue-');
  ({ db } = openDatabase(join(dir, 'test.sqlite')));
  const now = '2026-01-01T00:00:00.000Z';
  unitA = insertUnit(db, { name: '城关镇', type: '镇（街道）', parentId: null, headcount: 40, leaderName: '' }, now);
  unitB = insertUnit(db, { name: '青山乡', type: '镇（街道）', parentId: null, headcount: 30, leaderName: '' }, now);
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('overdue at a quarter end: the boundaries', () => {
  const base = (problem: string, more: Partial<RectSpec>): RectSpec => ({ unitId: unitA, problem, deadline: '2026-08-31', createdOn: '2026-07-01', ...more });
  let ids: Record<string, number>;

  it('gives the same answer as the pure rule, case by case', () => {
    ids = {
      openPast: insertRect(db, base('逾期未销号', {})).id,
      closedLastDay: insertRect(db, base('季末最后一天销号', { closedOn: Q3_END })).id,
      closedAfter: insertRect(db, base('季度后才销号', { closedOn: '2026-10-08' })).id,
      closedBefore: insertRect(db, base('季度内已销号', { closedOn: '2026-09-10' })).id,
      extendedAfter: insertRect(db, base('季度后才批准延期', { extensions: [{ deadline: '2026-12-31', decidedOn: '2026-10-09' }] })).id,
      extendedLastDay: insertRect(db, base('季末最后一天批准延期', { extensions: [{ deadline: '2026-10-31', decidedOn: Q3_END }] })).id,
      extendedWithin: insertRect(db, base('季度内批准延期', { extensions: [{ deadline: '2026-10-31', decidedOn: '2026-08-20' }] })).id,
      extendedStillPast: insertRect(db, base('延期后仍逾期', { extensions: [{ deadline: '2026-09-15', decidedOn: '2026-08-20' }] })).id,
      refusedExtension: insertRect(db, base('延期未批准', { extensions: [{ deadline: '2026-12-31', decidedOn: '2026-08-20', state: '不批准' }] })).id,
      pendingExtension: insertRect(db, base('延期待审批', { extensions: [{ deadline: '2026-12-31', decidedOn: null }] })).id,
      dueLastDay: insertRect(db, base('时限为季末最后一天', { deadline: Q3_END })).id,
      dueDayBefore: insertRect(db, base('时限为季末前一天', { deadline: '2026-09-29' })).id,
      registeredAfter: insertRect(db, base('季度后登记', { createdOn: '2026-10-02', deadline: '2026-06-30' })).id,
      registeredLastDay: insertRect(db, base('季末最后一天登记', { createdOn: Q3_END, deadline: '2026-09-01' })).id,
      twoSameDay: insertRect(db, base('同一天批准两次延期，以后一次为准', { extensions: [{ deadline: '2026-12-31', decidedOn: '2026-09-01' }, { deadline: '2026-09-20', decidedOn: '2026-09-01' }] })).id,
      otherUnit: insertRect(db, { unitId: unitB, problem: '另一单位逾期', deadline: '2026-07-31', createdOn: '2026-06-01' }).id,
    };
    const overdue = sqlIds(Q3_END);
    expect(overdue).toEqual(pureIds(Q3_END));
    const named = (list: number[]) => Object.entries(ids).filter(([, id]) => list.includes(id)).map(([k]) => k).sort();
    expect(named(overdue)).toEqual(
      ['closedAfter', 'dueDayBefore', 'extendedAfter', 'extendedStillPast', 'openPast', 'otherUnit', 'refusedExtension', 'pendingExtension', 'registeredLastDay', 'twoSameDay'].sort(),
    );
    // Not overdue: closed on the last day (by its end), extended on the last day, due on the last
    // day (not before it), registered after it, closed within the quarter, extended in time.
    for (const k of ['closedLastDay', 'extendedLastDay', 'dueLastDay', 'registeredAfter', 'closedBefore', 'extendedWithin']) expect(overdue).not.toContain(ids[k]);
  });

  it('reports the deadline in force that day, not today’s', () => {
    const byId = new Map(overdueItemsAt(db, Q3_END).map((i) => [i.id, i]));
    expect(byId.get(ids.extendedAfter as number)?.deadline).toBe('2026-08-31');
    expect(byId.get(ids.extendedStillPast as number)?.deadline).toBe('2026-09-15');
    expect(byId.get(ids.twoSameDay as number)?.deadline).toBe('2026-09-20');
    const h = histories().get(ids.extendedAfter as number) as ItemHistory;
    expect(deadlineInForce(h, Q3_END)).toBe('2026-08-31');
    // Today the item is extended to the year's end: its stored deadline says so.
    expect((db.prepare('SELECT deadline FROM rect_items WHERE id = ?').get(ids.extendedAfter) as { deadline: string }).deadline).toBe('2026-12-31');
  });

  it('per unit, and the counts by unit', () => {
    expect(sqlIds(Q3_END, unitA)).toEqual(pureIds(Q3_END, unitA));
    expect(sqlIds(Q3_END, unitB)).toEqual([ids.otherUnit]);
    const counts = overdueCountsByUnitAt(db, Q3_END);
    expect(counts.get(unitA)).toBe(pureIds(Q3_END, unitA).length);
    expect(counts.get(unitB)).toBe(1);
    // A day before anything was registered: nobody.
    expect(overdueCountsByUnitAt(db, '2026-01-01').size).toBe(0);
    expect(overdueItemsAt(db, '2026-01-01')).toEqual([]);
  });

  it('the quarter after: the item extended on the last day is overdue once its new deadline passed', () => {
    expect(sqlIds('2026-12-31')).toEqual(pureIds('2026-12-31'));
    expect(sqlIds('2026-12-31')).toContain(ids.extendedLastDay);
    expect(sqlIds('2026-12-31')).not.toContain(ids.closedAfter);
  });
});

describe('overdue at a day: random histories agree with the pure rule', () => {
  it('on every day of a year, for every unit', () => {
    const rng = mulberry32(12);
    const day0 = '2025-06-01';
    for (let k = 0; k < 300; k++) {
      const created = addDays(day0, Math.floor(rng() * 540));
      const deadline = addDays(created, Math.floor(rng() * 120) - 5);
      const extensions: NonNullable<RectSpec['extensions']> = [];
      let latest = deadline;
      const n = Math.floor(rng() * 3);
      for (let e = 0; e < n; e++) {
        const decided = addDays(created, Math.floor(rng() * 150));
        latest = addDays(latest, Math.floor(rng() * 60) - 10);
        const r = rng();
        extensions.push({ deadline: latest, decidedOn: r < 0.15 ? null : decided, state: r < 0.15 ? '待审批' : r < 0.3 ? '不批准' : '已批准' });
      }
      const closedOn = rng() < 0.5 ? addDays(created, Math.floor(rng() * 200)) : null;
      insertRect(db, { unitId: rng() < 0.5 ? unitA : unitB, problem: `随机事项${k}`, deadline, createdOn: created, extensions, closedOn });
    }
    let checked = 0;
    for (let d = 0; d < 540; d += 7) {
      const day = addDays(day0, d);
      expect(sqlIds(day), day).toEqual(pureIds(day));
      const counts = overdueCountsByUnitAt(db, day);
      for (const unit of [unitA, unitB]) expect(counts.get(unit) ?? 0, `${day} ${unit}`).toBe(pureIds(day, unit).length);
      checked++;
    }
    expect(checked).toBeGreaterThan(70);
  });
});
