// The units' 联系干部 in SQL (units.liaison_user_id, migration 0012): the row names the account,
// the list filters by it through its index and sorts by the name (units without one last, both
// ways), the export iterates the same, and a batch sets many units at a new version each.
import { afterEach, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../../db/open.ts';
import type { Db } from '../../../db/types.ts';
import { insertUser } from '../../../db/repos/core/index.ts';
import { getUnit, insertUnit, iterateUnits, listUnits, setUnitsLiaison, unitLiaisons } from '../../../db/repos/registry/units.ts';
import { unitListInput } from '../../../shared/registry/units.ts';
import { tempDir } from '../../helpers/services.ts';

const now = '2026-11-21T02:00:00.000Z';
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function store(): Db {
  const dir = tempDir();
  dirs.push(dir);
  return openDatabase(join(dir, 'registry.sqlite'), { now: () => new Date(now) }).db;
}

const user = (db: Db, username: string, displayName: string) =>
  insertUser(db, { username, displayName, role: '监督检查室', passwordHash: 'x', mustChangePassword: false }, now);
const unit = (db: Db, name: string, liaisonUserId?: number | null) =>
  insertUnit(db, { name, type: '机关部门', parentId: null, headcount: null, leaderName: '', ...(liaisonUserId === undefined ? {} : { liaisonUserId }) }, now);

describe('units and their 联系干部 in SQL', () => {
  it('reads the 联系干部 with the unit, filters by it and sorts by the name, units without one last', () => {
    const db = store();
    const zhou = user(db, 'zhou', '周敏');
    const wu = user(db, 'wu', '吴刚');
    const [a, , c] = [unit(db, '县财政局', zhou), unit(db, '县审计局'), unit(db, '县水利局', wu), unit(db, '县交通局', zhou)];
    expect(getUnit(db, a)).toMatchObject({ liaisonUserId: zhou, liaisonName: '周敏' });
    expect(getUnit(db, c as number)).toMatchObject({ liaisonUserId: wu, liaisonName: '吴刚' });
    const names = (input: Record<string, unknown>) => listUnits(db, unitListInput.parse({ pageSize: 10, ...input })).rows.map((r) => `${r.name}/${r.liaisonName}`);

    expect(names({ liaisonUserId: zhou })).toEqual(['县财政局/周敏', '县交通局/周敏']);
    expect(listUnits(db, unitListInput.parse({ liaisonUserId: zhou })).total).toBe(2);
    expect(names({ sortField: 'liaisonName' })).toEqual(['县水利局/吴刚', '县财政局/周敏', '县交通局/周敏', '县审计局/']);
    expect(names({ sortField: 'liaisonName', sortDir: 'desc' })).toEqual(['县交通局/周敏', '县财政局/周敏', '县水利局/吴刚', '县审计局/']);
    expect([...iterateUnits(db, { sortField: 'liaisonName', sortDir: 'asc', liaisonUserId: zhou })].map((u) => u.name)).toEqual(['县财政局', '县交通局']);
    db.close();
  });

  it('finds a 联系干部\'s units through the index', () => {
    const db = store();
    const plan = (db.prepare('EXPLAIN QUERY PLAN SELECT count(*) FROM units u WHERE u.liaison_user_id = ?').all(1) as Array<{ detail: string }>).map((r) => r.detail).join(' | ');
    expect(plan).toContain('units_by_liaison');
    db.close();
  });

  it('sets many units at once, each at a new version; the units are read in id order', () => {
    const db = store();
    const zhou = user(db, 'zhou', '周敏');
    const ids = ['甲单位', '乙单位', '丙单位'].map((n) => unit(db, n));
    expect(setUnitsLiaison(db, [ids[2] as number, ids[0] as number], zhou, now)).toBe(2);
    expect(unitLiaisons(db, [...ids, 999])).toEqual([
      { id: ids[0], name: '甲单位', liaisonUserId: zhou, liaisonName: '周敏' },
      { id: ids[1], name: '乙单位', liaisonUserId: null, liaisonName: '' },
      { id: ids[2], name: '丙单位', liaisonUserId: zhou, liaisonName: '周敏' },
    ]);
    expect(ids.map((id) => getUnit(db, id)?.version)).toEqual([1, 0, 1]);
    db.close();
  });
});
