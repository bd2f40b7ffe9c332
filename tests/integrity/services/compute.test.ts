// integrity.computeQuarter and computeYear through the dispatcher: a hand-worked village quarter of
// the default scheme read from the records gives the engine's numbers, and the year is the mean.
import { describe, expect, it } from 'vitest';
import { ok } from '../../helpers/services.ts';
import { DEFAULT_SCHEME, scoreQuarter } from '../../../shared/integrity/index.ts';
import { quarterInputs } from '../../../db/repos/integrity/inputs.ts';
import { INDEX_YEAR, indexEachTest } from '../office.ts';
import { addBonus, addDecision, addFinding, addRectItem, addTip, setCheck, setCost, setSurvey } from './facts.ts';

const Y = INDEX_YEAR;
const t = indexEachTest();

/** The hand-worked village of the tests: see the sum in the first test. */
function handWorkedVillage(unitId: number): void {
  const db = t.env.db;
  setCheck(db, unitId, Y, 2, 'collective', '落实');
  setCheck(db, unitId, Y, 2, 'dual-sign', '部分落实');
  setCheck(db, unitId, Y, 2, 'tendering', '落实');
  setCheck(db, unitId, Y, 2, 'village-affairs', '未落实');
  setCheck(db, unitId, Y, 2, 'vehicles', '落实');
  addRectItem(db, unitId, `${Y}-04-01`, `${Y}-05-31`);
  setSurvey(db, unitId, Y, 2, 'public', 8735);
  setCost(db, unitId, Y, 2, 150000, 300);
  addFinding(db, unitId, 'audit', `${Y}-05-12`);
  addTip(db, { result: '查实', concludedDate: `${Y}-05-08`, unitIds: [unitId] });
  addBonus(db, unitId, 'innovation', `${Y}-05-20`);
  addDecision(db, { unitId, outcome: '党纪处分', grade: '警告', conductDate: `${Y}-03-01`, decidedDate: `${Y}-05-15` });
}

describe('integrity.computeQuarter', () => {
  it('gives the hand-worked numbers of a village, equal to the engine over the same inputs', async () => {
    const { env, o } = t;
    handWorkedVillage(o.villageId);
    const view = await ok(env, 'integrity.computeQuarter', { year: Y, quarter: 2 }, o.handler);
    const unit = view.units.find((u) => u.unitId === o.villageId);
    // 控制性 10 + 5 + 8 + 0 + 6 − 1 (overdue) = 28; 主体性 5 × 87.35% = 4.37 + 3 × 5 (no data: full) + channels 20 − 1 (audit) − 2 (tip) = 36.37;
    // 绩效 20 (a group of one: d = 0); 激励性 1; 廉勤性 −2 (警告 × 1 × 1 × 1). 28 + 36.37 + 20 + 1 − 2 = 83.37 → 橙.
    expect(unit).toMatchObject({ score: 8337, colour: '橙', veto: false, missingChecks: 0, parts: { 控制性: 2800, 主体性: 3637, 绩效: 2000, 激励性: 100, 廉勤性: -200 } });
    const engine = scoreQuarter(DEFAULT_SCHEME, quarterInputs(env.db, Y, 2)).find((u) => u.unitId === o.villageId);
    expect(unit).toEqual(engine);
    expect(view.scheme).toEqual({ id: o.schemes[Y], year: Y, version: 1 });
    // The other units have no checklist: 5 points each 未录入.
    expect(view.missingChecks).toBe(5 * (view.units.length - 1));
    expect(view.publication).toBeNull();
  });

  it('a year is the mean of the quarters so far, graded; a veto makes it C', async () => {
    const { env, o } = t;
    addDecision(env.db, { unitId: o.otherVillageId, outcome: '移送司法', decidedDate: `${Y}-02-01` });
    const year = await ok(env, 'integrity.computeYear', { year: Y }, o.readonly);
    const quarters = await Promise.all([1, 2, 3].map((q) => ok(env, 'integrity.computeQuarter', { year: Y, quarter: q }, o.readonly)));
    const unit = year.units.find((u) => u.unitId === o.villageId);
    const mine = quarters.map((q) => q.units.find((u) => u.unitId === o.villageId)?.score ?? 0);
    expect(unit?.quarters.slice(0, 3).map((q) => q?.score)).toEqual(mine);
    const vetoed = year.units.find((u) => u.unitId === o.otherVillageId);
    expect(vetoed).toMatchObject({ veto: true, grade: 'C' });
    expect(year.publishedQuarters).toEqual([]);
  });
});
