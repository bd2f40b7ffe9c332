import { describe, expect, it } from 'vitest';
import { makeDemoData, PERSON_CATEGORIES, RANKS, UNIT_TYPES } from '../../../electron/services/registry/demo/demoData.ts';
import type { DemoData } from '../../../electron/services/registry/demo/demoData.ts';

const CJK_NAME = /^[\u4e00-\u9fff·]+$/;

function checkInvariants(data: DemoData): void {
  const byKey = new Map(data.units.map((u) => [u.key, u]));
  expect(byKey.size).toBe(data.units.length);

  const names = new Set(data.units.map((u) => u.name));
  expect(names.size).toBe(data.units.length);

  for (const u of data.units) {
    expect(u.key.length).toBeGreaterThan(0);
    expect(u.name).toMatch(CJK_NAME);
    expect(UNIT_TYPES).toContain(u.type);
    expect(Number.isInteger(u.headcount)).toBe(true);
    expect(u.headcount).toBeGreaterThan(0);
    expect(u.leaderName).toMatch(CJK_NAME);
    if (u.parentKey !== null) {
      expect(byKey.get(u.parentKey)?.type).toBe('镇（街道）');
    }
    if (u.type === '行政村' || u.type === '社区') expect(u.parentKey).not.toBeNull();
  }

  const perUnit = new Map<string, typeof data.people>();
  for (const p of data.people) {
    expect(byKey.has(p.unitKey)).toBe(true);
    expect(p.name).toMatch(CJK_NAME);
    expect(p.name.length).toBeGreaterThanOrEqual(2);
    expect(p.name.length).toBeLessThanOrEqual(4);
    expect(p.post.length).toBeGreaterThan(0);
    expect(RANKS).toContain(p.rank);
    expect(PERSON_CATEGORIES).toContain(p.category);
    expect(typeof p.partyMember).toBe('boolean');
    const list = perUnit.get(p.unitKey) ?? [];
    list.push(p);
    perUnit.set(p.unitKey, list);
  }

  for (const u of data.units) {
    const staff = perUnit.get(u.key) ?? [];
    const leaders = staff.filter((p) => p.category === '主要负责人');
    expect(leaders, u.name).toHaveLength(1);
    expect(leaders[0]?.name).toBe(u.leaderName);
    expect(new Set(staff.map((p) => p.name)).size, u.name).toBe(staff.length);
    expect(staff.length).toBeLessThanOrEqual(u.headcount);
  }
}

describe('makeDemoData', () => {
  const data = makeDemoData();

  it('is deterministic for a seed and varies with it', () => {
    expect(makeDemoData()).toEqual(data);
    expect(makeDemoData({ seed: 7 })).toEqual(makeDemoData({ seed: 7 }));
    expect(makeDemoData({ seed: 7 })).not.toEqual(makeDemoData({ seed: 8 }));
  });

  it('has about 200 units and 2,000 people by default', () => {
    expect(data.units.length).toBeGreaterThanOrEqual(190);
    expect(data.units.length).toBeLessThanOrEqual(220);
    expect(data.people.length).toBeGreaterThanOrEqual(1900);
    expect(data.people.length).toBeLessThanOrEqual(2100);
  });

  it('keeps every invariant', () => {
    checkInvariants(data);
  });

  it('has a realistic mix of unit types', () => {
    const count = (t: string): number => data.units.filter((u) => u.type === t).length;
    expect(count('镇（街道）')).toBeGreaterThanOrEqual(10);
    expect(count('镇（街道）')).toBeLessThanOrEqual(14);
    expect(count('机关部门')).toBeGreaterThanOrEqual(30);
    expect(count('国有企业')).toBeGreaterThanOrEqual(8);
    expect(count('行政村')).toBeGreaterThanOrEqual(60);
    expect(count('社区')).toBeGreaterThanOrEqual(5);
    expect(count('基层站所')).toBeGreaterThanOrEqual(15);
    expect(count('事业单位')).toBeGreaterThanOrEqual(5);
    const names = data.units.map((u) => u.name);
    for (const n of ['城关镇', '河口镇', '东湖街道', '县财政局', '县审计局', '县人民医院', '临江县城市建设投资集团有限公司']) {
      expect(names).toContain(n);
    }
  });

  it('gives headcounts plausible for each type', () => {
    for (const u of data.units) {
      if (u.type === '行政村') expect(u.headcount).toBeGreaterThanOrEqual(5);
      if (u.type === '行政村') expect(u.headcount).toBeLessThanOrEqual(12);
      if (u.type === '机关部门') expect(u.headcount).toBeGreaterThanOrEqual(20);
      if (u.type === '机关部门') expect(u.headcount).toBeLessThanOrEqual(120);
      if (u.type === '国有企业') expect(u.headcount).toBeGreaterThanOrEqual(30);
      if (u.type === '国有企业') expect(u.headcount).toBeLessThanOrEqual(300);
    }
  });

  it('names villages after their town and gives stations a town parent', () => {
    const byKey = new Map(data.units.map((u) => [u.key, u]));
    for (const u of data.units) {
      if (u.type === '行政村') {
        const town = byKey.get(u.parentKey ?? '');
        expect(town && u.name.startsWith(town.name)).toBe(true);
        expect(u.name.endsWith('村')).toBe(true);
      }
      if (u.type === '社区') expect(u.name.endsWith('社区')).toBe(true);
      if (u.type === '基层站所') expect(u.parentKey).not.toBeNull();
    }
  });

  it('fits posts and ranks to the unit type', () => {
    const unitOf = new Map(data.units.map((u) => [u.key, u]));
    for (const p of data.people) {
      const u = unitOf.get(p.unitKey);
      if (!u) throw new Error('unit missing');
      if (u.type === '行政村' || u.type === '社区') expect(p.rank).toBe('村（社区）干部');
      if (u.type === '国有企业' && p.category !== '一般干部') expect(p.rank).toBe('企业管理人员');
      if (p.category !== '主要负责人') continue;
      if (u.type === '行政村') expect(p.post).toContain('村党组织书记');
      if (u.type === '社区') expect(p.post).toContain('社区党组织书记');
      if (u.type === '镇（街道）') {
        expect(p.rank).toBe('正科级');
        expect(p.post).toMatch(/镇党委书记|街道党工委书记/);
      }
      if (u.type === '国有企业') expect(p.post).toContain('董事长');
      if (u.name.endsWith('局') && u.type === '机关部门') expect(p.post).toBe('局长');
      if (u.name === '县财政局') expect(p.rank).toBe('正科级');
    }
  });

  it('has team members and staff, and party membership mostly for leaders', () => {
    const leaders = data.people.filter((p) => p.category === '主要负责人');
    const staff = data.people.filter((p) => p.category === '一般干部');
    expect(data.people.filter((p) => p.category === '班子成员').length).toBeGreaterThan(300);
    expect(staff.length).toBeGreaterThan(800);
    const share = (list: typeof data.people): number => list.filter((p) => p.partyMember).length / list.length;
    expect(share(leaders)).toBeGreaterThan(0.9);
    expect(share(staff)).toBeGreaterThan(0.45);
    expect(share(staff)).toBeLessThan(0.75);
  });

  it('has a few full-name duplicates across units, as real data does', () => {
    const distinct = new Set(data.people.map((p) => p.name)).size;
    expect(distinct).toBeLessThan(data.people.length);
    expect(distinct).toBeGreaterThan(data.people.length * 0.8);
  });

  it('honours the size options', () => {
    const small = makeDemoData({ seed: 3, units: 40, peoplePerUnit: 5 });
    expect(small.units).toHaveLength(40);
    expect(small.people).toHaveLength(200);
    checkInvariants(small);

    const target = makeDemoData({ seed: 4, units: 120, targetPeople: 900 });
    expect(target.units).toHaveLength(120);
    expect(target.people).toHaveLength(900);
    checkInvariants(target);

    const big = makeDemoData({ seed: 5, units: 600, targetPeople: 6000 });
    expect(big.units).toHaveLength(600);
    expect(big.people).toHaveLength(6000);
    checkInvariants(big);

    const tiny = makeDemoData({ units: 1, targetPeople: 1 });
    expect(tiny.units).toHaveLength(1);
    expect(tiny.people).toHaveLength(1);
    checkInvariants(tiny);

    const crowded = makeDemoData({ units: 10, targetPeople: 5000 });
    expect(crowded.people).toHaveLength(5000);
    checkInvariants(crowded);
  });
});
