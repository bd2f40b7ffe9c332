// The closed-loop office's year: what its facts give when published (the fixture the other tests build on).
import { describe, expect, it } from 'vitest';
import { ok } from '../../helpers/services.ts';
import { INDEX_YEAR, consequenceEachTest, publishQuarter, publishYear } from '../office.ts';

const t = consequenceEachTest();

describe('the closed-loop office', () => {
  it('publishes a quarter with the village 红 and the rest 绿', async () => {
    const { env, o } = t;
    const q = await publishQuarter(env, o, 3);
    expect(q.counts).toEqual({ 绿: 5, 橙: 0, 红: 1 });
    const page = await ok(env, 'integrity.unit', { unitId: o.villageId, year: INDEX_YEAR }, o.manager);
    expect(page.quarters[2]?.shown.colour).toBe('红');
  });

  it('publishes the year with the village C and the others A', async () => {
    const { env, o } = t;
    const y = await publishYear(env, o);
    expect(y.counts).toEqual({ A: 5, B: 0, C: 1 });
  });
});
