// quarterInputs reads each fact of a quarter from the records, with the boundaries of the rules:
// the deadline in force and 销号 on the quarter's last day, repeat groups, 查否, 作废, 撤销.
import { describe, expect, it } from 'vitest';
import { quarterInputs } from '../../../db/repos/integrity/inputs.ts';
import { scoredIn } from '../../../shared/integrity/index.ts';
import { INDEX_YEAR, indexEachTest } from '../office.ts';
import { addBonus, addDecision, addExtension, addFinding, addRectItem, addTip, setCheck, setCost, setSurvey, unitIds } from '../services/facts.ts';

const Y = INDEX_YEAR;
const t = indexEachTest();

describe('quarterInputs', () => {
  it('reads the quarter’s checklist, surveys and costs with the year’s yearly entries, not other quarters', () => {
    const [u] = unitIds(t.env.db, '行政村') as [number];
    setCheck(t.env.db, u, Y, 2, 'collective', '落实');
    setCheck(t.env.db, u, Y, 0, 'vehicles', '部分落实');
    setCheck(t.env.db, u, Y, 3, 'tendering', '未落实');
    setSurvey(t.env.db, u, Y, 2, 'public', 8735);
    setSurvey(t.env.db, u, Y - 1, 2, 'public', 5000);
    setCost(t.env.db, u, Y, 2, 120000, -250);
    const i = quarterInputs(t.env.db, Y, 2);
    expect(i.checklist.map((c) => [c.itemKey, c.quarter, c.result])).toEqual([['collective', 2, '落实'], ['vehicles', 0, '部分落实']]);
    expect(i.surveys.map((s) => s.rate)).toEqual([8735]);
    expect(i.costs).toMatchObject([{ unitId: u, costPerCapita: 120000, savingRate: -250 }]);
  });

  it('counts findings and bonuses of the period that are not 作废', () => {
    const [u] = unitIds(t.env.db, '行政村') as [number];
    const kept = addFinding(t.env.db, u, 'audit', `${Y}-06-30`);
    addFinding(t.env.db, u, 'audit', `${Y}-05-01`, true);
    addFinding(t.env.db, u, 'audit', `${Y}-07-01`);
    const bonus = addBonus(t.env.db, u, 'innovation', `${Y}-04-01`);
    addBonus(t.env.db, u, 'innovation', `${Y}-04-02`, true);
    const i = quarterInputs(t.env.db, Y, 2);
    expect(i.findings.map((f) => f.id)).toEqual([kept]);
    expect(i.bonuses.map((b) => b.id)).toEqual([bonus]);
  });

  it('reads discipline events decided in the quarter about a unit, with the decision’s 文号; 无 and events without a unit are none', () => {
    const [u] = unitIds(t.env.db, '行政村') as [number];
    const id = addDecision(t.env.db, { unitId: u, outcome: '党纪处分', grade: '警告', decidedDate: `${Y}-04-01` }, '县纪审〔2026〕7号');
    addDecision(t.env.db, { unitId: u, outcome: '无', decidedDate: `${Y}-04-02` });
    addDecision(t.env.db, { unitId: null, outcome: '诫勉', decidedDate: `${Y}-04-03` });
    addDecision(t.env.db, { unitId: u, outcome: '诫勉', decidedDate: `${Y}-03-31` });
    const i = quarterInputs(t.env.db, Y, 2);
    expect(i.events).toMatchObject([{ id, unitId: u, outcome: '党纪处分', grade: '警告', sourceKind: '外部决定', sourceLabel: '县纪审〔2026〕7号', decidedDate: `${Y}-04-01` }]);
  });

  it('reads substantiated tips with their units and people; 查否 is ignored; a repeat group counts at its first substantiated conclusion', () => {
    const [u, v] = unitIds(t.env.db, '行政村') as [number, number];
    const first = addTip(t.env.db, { result: '查实', concludedDate: `${Y}-02-10`, unitIds: [u] });
    const repeat = addTip(t.env.db, { result: '部分查实', concludedDate: `${Y}-05-10`, unitIds: [u], repeatOf: first });
    const person = t.env.db.prepare('SELECT id, name FROM people WHERE unit_id = ? ORDER BY id').get(v) as { id: number; name: string };
    const alone = addTip(t.env.db, {
      result: '查实', concludedDate: `${Y}-06-30`, people: [{ personId: person.id, unitId: v, name: person.name, category: '主要负责人' }, { personId: null, unitId: null, name: '李某', category: '一般干部' }],
    });
    addTip(t.env.db, { result: '查否', concludedDate: `${Y}-05-11`, unitIds: [u] });
    // Both of a group in the same quarter: the later one points at the earlier conclusion.
    const a = addTip(t.env.db, { result: '查实', concludedDate: `${Y}-05-20`, unitIds: [v] });
    const b = addTip(t.env.db, { result: '查实', concludedDate: `${Y}-05-03`, unitIds: [v], repeatOf: a });
    const i = quarterInputs(t.env.db, Y, 2);
    const byId = new Map(i.tips.map((x) => [x.id, x]));
    expect([...byId.keys()].sort((x, y) => x - y)).toEqual([repeat, alone, a, b].sort((x, y) => x - y));
    expect(byId.get(repeat)).toMatchObject({ result: '部分查实', unitIds: [u], groupFirstId: first });
    expect(byId.get(alone)).toMatchObject({ groupFirstId: alone, unitIds: [], people: [{ personId: person.id, unitId: v, category: '主要负责人' }, { personId: null, unitId: null, name: '李某' }] });
    expect(byId.get(a)?.groupFirstId).toBe(b);
    expect(byId.get(b)?.groupFirstId).toBe(b);
  });

  it('an extension approved on the quarter’s last day counts; one approved after it does not', () => {
    const [u] = unitIds(t.env.db, '行政村') as [number];
    const onDay = addRectItem(t.env.db, u, `${Y}-04-01`, `${Y}-06-01`);
    addExtension(t.env.db, onDay, `${Y}-07-15`, '已批准', `${Y}-06-30`);
    const after = addRectItem(t.env.db, u, `${Y}-04-01`, `${Y}-06-01`);
    addExtension(t.env.db, after, `${Y}-07-15`, '已批准', `${Y}-07-01`);
    const refused = addRectItem(t.env.db, u, `${Y}-04-01`, `${Y}-06-01`);
    addExtension(t.env.db, refused, `${Y}-07-15`, '不批准', `${Y}-06-15`);
    const i = quarterInputs(t.env.db, Y, 2);
    expect(i.overdue.map((o) => o.id).sort((x, y) => x - y)).toEqual([after, refused]);
    expect(i.overdue.find((o) => o.id === after)?.deadline).toBe(`${Y}-06-01`);
  });

  it('an item 销号 on the quarter’s last day is not overdue; one 销号 after it is; one due on the last day is not yet; one registered after is not read', () => {
    const [u] = unitIds(t.env.db, '行政村') as [number];
    addRectItem(t.env.db, u, `${Y}-04-01`, `${Y}-06-01`, `${Y}-06-30`);
    const closedLater = addRectItem(t.env.db, u, `${Y}-04-01`, `${Y}-06-01`, `${Y}-07-01`);
    addRectItem(t.env.db, u, `${Y}-04-01`, `${Y}-06-30`);
    addRectItem(t.env.db, u, `${Y}-07-01`, `${Y}-05-01`);
    expect(quarterInputs(t.env.db, Y, 2).overdue.map((o) => o.id)).toEqual([closedLater]);
  });

  it('reads every unit with its dates; a revoked unit is not scored in the quarters after', () => {
    const [u, v] = unitIds(t.env.db, '行政村') as [number, number];
    t.env.db.prepare('UPDATE units SET revoked_date = ? WHERE id = ?').run(`${Y}-03-31`, u);
    t.env.db.prepare("UPDATE units SET status = '已撤销', updated_at = ? WHERE id = ?").run(`${Y}-05-10T02:00:00.000Z`, v);
    const units = new Map(quarterInputs(t.env.db, Y, 2).units.map((x) => [x.id, x]));
    expect(units.get(u)).toMatchObject({ revokedDate: `${Y}-03-31`, establishedDate: '2020-01-01' });
    expect(units.get(v)?.revokedDate).toBe(`${Y}-05-10`);
    const unitU = units.get(u);
    if (!unitU) throw new Error('unit');
    expect(scoredIn(unitU, Y, 1)).toBe(true);
    expect(scoredIn(unitU, Y, 2)).toBe(false);
    expect(units.get(v)?.parentName).toBe('城关镇');
  });
});
