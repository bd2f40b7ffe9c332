// 重复件 look back exactly `repeatWindowMonths` months from today on the service clock: a tip
// received on the first day of the window is suggested, one received the day before is not —
// with the default (24) and with other settings, and the window moves on with the clock.
import { describe, expect, it } from 'vitest';
import { ok, type TestEnv } from '../../helpers/services.ts';
import { eachWithOffice, namedTip, register, registryPeople, signInAgain, type Office } from '../../helpers/tips.ts';
import { TEST_TODAY, officeDate } from '../../helpers/testDate.ts';
import { addDays } from '../../../shared/kernel/workdays.ts';

let env: TestEnv;
let o: Office;
eachWithOffice((e, office) => {
  env = e;
  o = office;
});

const pad = (n: number) => String(n).padStart(2, '0');

/** The same day `months` months earlier (the month's last day when that month is shorter), written out here. */
function monthsEarlier(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) - months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(Math.min(d, last))}`;
}

/** Two tips about the same person and unit: on the window's first day, and the day before it. */
async function aroundTheEdge(first: string): Promise<{ inside: number; outside: number; person: { id: number; name: string; unitId: number } }> {
  const [person] = registryPeople(env, 1);
  const inside = await register(env, o.clerk, namedTip([person!], { receivedDate: first, summary: '反映村干部优亲厚友问题' }));
  const outside = await register(env, o.clerk, namedTip([person!], { receivedDate: addDays(first, -1), summary: '反映村干部优亲厚友问题' }));
  return { inside: inside.id, outside: outside.id, person: person! };
}

async function suggested(person: { id: number; name: string; unitId: number }, by: 'person' | 'unit'): Promise<number[]> {
  const input = by === 'person' ? { people: [{ personId: person.id, name: person.name }] } : { unitIds: [person.unitId] };
  return (await ok(env, 'tips.repeatCandidates', input, o.clerk)).map((c) => c.id);
}

async function setWindow(months: number): Promise<void> {
  const settings = await ok(env, 'settings.get', {}, o.admin);
  await ok(env, 'settings.update', { ...settings, repeatWindowMonths: months }, o.admin);
}

describe('the repeat window', () => {
  it('by default 24 months: the first day of the window is in, the day before is out', async () => {
    expect((await ok(env, 'settings.get', {}, o.admin)).repeatWindowMonths).toBe(24);
    const { inside, outside, person } = await aroundTheEdge(monthsEarlier(TEST_TODAY, 24));
    for (const by of ['person', 'unit'] as const) {
      const ids = await suggested(person, by);
      expect(ids, by).toContain(inside);
      expect(ids, by).not.toContain(outside);
    }
  });

  for (const months of [6, 36]) {
    it(`set to ${months} months: the edge moves with the setting`, async () => {
      await setWindow(months);
      const { inside, outside, person } = await aroundTheEdge(monthsEarlier(TEST_TODAY, months));
      const ids = await suggested(person, 'person');
      expect(ids).toContain(inside);
      expect(ids).not.toContain(outside);
    });
  }

  it('the window follows the service clock: a day later the first day has left it', async () => {
    await setWindow(12);
    const first = monthsEarlier(TEST_TODAY, 12);
    const { inside, outside, person } = await aroundTheEdge(first);
    expect(await suggested(person, 'person')).toEqual([inside]);
    // Move on day by day until the window's first day moves (at a month's end it may stay a day or two).
    let days = 0;
    do {
      env.clock.advanceMinutes(24 * 60);
      days++;
    } while (monthsEarlier(officeDate(env.clock.now()), 12) <= first);
    expect(days).toBeLessThanOrEqual(4);
    o = await signInAgain(env, o);
    const later = await suggested(person, 'person');
    expect(later).not.toContain(inside);
    expect(later).not.toContain(outside);
  });
});
