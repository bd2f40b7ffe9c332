// The registry's part of the demo office: the county's units and people (makeDemoData), in an
// empty registry only.
import { AppError } from '../../../../shared/kernel/errors.ts';
import type { PersonCategory } from '../../../../shared/registry/people.ts';
import { insertPerson } from '../../../../db/repos/registry/people.ts';
import { insertUnit, unitCounts } from '../../../../db/repos/registry/units.ts';
import { audit, nowIso } from '../../kernel/context.ts';
import { demoSlot, type DemoStep } from '../../kernel/demo.ts';
import { makeDemoData } from './demoData.ts';

export interface RegisteredDemoUnit {
  id: number;
  name: string;
  type: string;
}

export interface RegisteredDemoPerson {
  id: number;
  name: string;
  unitId: number;
  unitName: string;
  unitType: string;
  post: string;
  category: PersonCategory;
}

/** What the registry's step leaves for the later ones: the units and people it registered. */
export const DEMO_REGISTRY = demoSlot<{ units: RegisteredDemoUnit[]; people: RegisteredDemoPerson[] }>('registry');

/** The demo units' 设立日期. */
export const DEMO_ESTABLISHED_DATE = '2015-01-01';

export const registryDemo: DemoStep = (call, shelf) => {
  if (unitCounts(call.ctx.db).total > 0) throw new AppError('CONFLICT', '已有单位数据，不能再载入演示数据。');
  const data = makeDemoData();
  const now = nowIso(call);
  const ids = new Map<string, number>();
  const units: RegisteredDemoUnit[] = [];
  // Every demo unit was set up long before the demo's years, so that its past quarters score every unit (廉情指数).
  const establishedDate = DEMO_ESTABLISHED_DATE;
  const ordered = [...data.units].sort((a, b) => Number(a.parentKey !== null) - Number(b.parentKey !== null));
  for (const u of ordered) {
    const parentId = u.parentKey === null ? null : (ids.get(u.parentKey) ?? null);
    const id = insertUnit(call.ctx.db, { name: u.name, type: u.type, parentId, headcount: u.headcount, leaderName: u.leaderName, establishedDate }, now);
    ids.set(u.key, id);
    units.push({ id, name: u.name, type: u.type });
  }
  const unitById = new Map(units.map((u) => [u.id, u]));
  const people: RegisteredDemoPerson[] = [];
  for (const p of data.people) {
    const unitId = ids.get(p.unitKey);
    if (unitId === undefined) throw new Error(`demo person in unknown unit ${p.unitKey}`);
    const id = insertPerson(call.ctx.db, { name: p.name, idNumber: '', unitId, post: p.post, rank: p.rank, partyMember: p.partyMember, category: p.category }, now);
    const unit = unitById.get(unitId);
    people.push({ id, name: p.name, unitId, unitName: unit?.name ?? '', unitType: unit?.type ?? '', post: p.post, category: p.category });
  }
  audit(call, 'demo', null, null, { units: data.units.length, people: data.people.length });
  shelf.put(DEMO_REGISTRY, { units, people });
};
