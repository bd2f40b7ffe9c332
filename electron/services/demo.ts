// Loads the demo county (about 200 units, 2,000 people) into an empty registry.
import { AppError } from '../../shared/errors.ts';
import { insertUnit } from '../../db/repos/units.ts';
import { insertPerson } from '../../db/repos/people.ts';
import { unitCounts } from '../../db/repos/units.ts';
import { audit, nowIso, type Call } from './context.ts';
import { makeDemoData } from './demo/demoData.ts';

/** Call inside a transaction. Refuses when units are already registered. */
export function loadDemoData(call: Call): { units: number; people: number } {
  if (unitCounts(call.ctx.db).total > 0) throw new AppError('CONFLICT', '已有单位数据，不能再载入演示数据。');
  const data = makeDemoData();
  const now = nowIso(call);
  const ids = new Map<string, number>();
  const ordered = [...data.units].sort((a, b) => Number(a.parentKey !== null) - Number(b.parentKey !== null));
  for (const u of ordered) {
    const parentId = u.parentKey === null ? null : (ids.get(u.parentKey) ?? null);
    ids.set(u.key, insertUnit(call.ctx.db, { name: u.name, type: u.type, parentId, headcount: u.headcount, leaderName: u.leaderName }, now));
  }
  for (const p of data.people) {
    const unitId = ids.get(p.unitKey);
    if (unitId === undefined) throw new Error(`demo person in unknown unit ${p.unitKey}`);
    insertPerson(call.ctx.db, { name: p.name, unitId, post: p.post, rank: p.rank, partyMember: p.partyMember, category: p.category }, now);
  }
  audit(call, 'demo', null, { units: data.units.length, people: data.people.length });
  return { units: data.units.length, people: data.people.length };
}
