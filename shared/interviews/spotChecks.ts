// 抽查核实: for a chosen period, the 函询 concluded as 了结 form the population; ⌈share × N⌉ of them
// are drawn with a seed made at drawing time and recorded (the audit entry and the batch), so the
// draw can be re-derived from the record but not predicted beforehand. Each check's result is
// recorded. The draw itself is pure and here: the services only make the seed.
import { z } from '../kernel/zod.ts';
import { dateField, enumField, idField, textField } from '../kernel/common.ts';
import { SPOT_CHECK_RESULTS, type SpotCheckResult } from './enums.ts';

export const spotCheckDrawInput = z
  .strictObject({
    from: dateField('办结日期起'),
    to: dateField('办结日期止'),
    /** Percent; the setting's share when left out. */
    sharePercent: z.int({ error: '抽查比例应为1到100的整数' }).min(1, '抽查比例应为1到100的整数').max(100, '抽查比例应为1到100的整数').optional(),
  })
  .refine((v) => v.from <= v.to, { path: ['to'], message: '办结日期止应不早于办结日期起' });
export type SpotCheckDrawInput = z.output<typeof spotCheckDrawInput>;

export const spotCheckResultInput = z.strictObject({
  itemId: idField('抽查事项'),
  result: enumField('核实结果', SPOT_CHECK_RESULTS),
  date: dateField('核实日期'),
  note: textField('核实情况', 2000, true),
});
export const spotCheckIdInput = z.strictObject({ id: idField('抽查批次') });

/** How many are drawn: ⌈share × N⌉ (none of none). */
export function spotCheckCount(population: number, sharePercent: number): number {
  // max(0, …): none of none is 0, not the -0 that ceil(-1e-9) gives.
  return Math.max(0, Math.ceil((population * sharePercent) / 100 - 1e-9));
}

/** 32-bit FNV-1a of a string: the seed's text as the generator's start. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * The draw: the population's ids sorted ascending, shuffled by a generator started from the seed
 * (xorshift32 over FNV-1a of the seed's text, Fisher–Yates), the first `count` taken, answered
 * ascending. The same seed and population give the same draw anywhere.
 */
export function drawSpotChecks(population: readonly number[], count: number, seed: string): number[] {
  const ids = [...population].sort((a, b) => a - b);
  let state = fnv1a(seed) || 0x9e3779b9;
  const next = () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 0x1_0000_0000;
  };
  for (let i = ids.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    const a = ids[i] as number;
    ids[i] = ids[j] as number;
    ids[j] = a;
  }
  return ids.slice(0, Math.min(count, ids.length)).sort((a, b) => a - b);
}

export interface SpotCheckItemView {
  id: number;
  interviewId: number;
  number: string;
  personName: string;
  unitName: string;
  concludedDate: string;
  result: SpotCheckResult | null;
  resultDate: string | null;
  note: string | null;
  recordedBy: string | null;
}
export interface SpotCheckBatchView {
  id: number;
  from: string;
  to: string;
  sharePercent: number;
  population: number;
  drawn: number;
  seed: string;
  drawnAt: string;
  drawnByName: string;
  /** Checks with a result recorded. */
  done: number;
  items: SpotCheckItemView[];
}
