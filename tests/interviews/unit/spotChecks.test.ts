// The spot-check draw (抽查核实): ⌈share × N⌉ of the population, a subset the seed alone decides —
// the same seed gives the same draw whatever order the population is listed in; another seed another.
import { describe, expect, it } from 'vitest';
import { drawSpotChecks, spotCheckCount } from '../../../shared/interviews/index.ts';

const range = (n: number, from = 1) => Array.from({ length: n }, (_, i) => from + i);

describe('spotCheckCount', () => {
  it('is ⌈share × N⌉, none of none', () => {
    expect(spotCheckCount(0, 15)).toBe(0);
    expect(spotCheckCount(1, 15)).toBe(1);
    expect(spotCheckCount(20, 15)).toBe(3);
    expect(spotCheckCount(21, 15)).toBe(4);
    expect(spotCheckCount(40, 15)).toBe(6);
    expect(spotCheckCount(7, 100)).toBe(7);
    expect(spotCheckCount(100, 1)).toBe(1);
    expect(spotCheckCount(101, 1)).toBe(2);
    // No floating-point surprise at exact multiples: 15% of 60 is 9, not 10.
    expect(spotCheckCount(60, 15)).toBe(9);
    for (let n = 0; n <= 300; n++) for (const share of [1, 5, 10, 15, 33, 50, 99, 100]) {
      expect(spotCheckCount(n, share) * 100).toBeGreaterThanOrEqual(n * share);
      expect((spotCheckCount(n, share) - 1) * 100).toBeLessThan(n * share);
    }
  });
});

describe('drawSpotChecks', () => {
  const population = range(40, 101);

  it('is decided by the seed: the same seed, the same draw', () => {
    const a = drawSpotChecks(population, 6, '9f2c1a7be04d3e55a1c0ffee12345678');
    expect(drawSpotChecks(population, 6, '9f2c1a7be04d3e55a1c0ffee12345678')).toEqual(a);
  });

  it('draws a subset of the population of the right size, ascending, without repeats', () => {
    for (let i = 0; i < 200; i++) {
      const seed = `seed-${i}`;
      const n = 1 + (i % 60);
      const pop = range(n, 1000 + i);
      const count = spotCheckCount(n, 15);
      const drawn = drawSpotChecks(pop, count, seed);
      expect(drawn).toHaveLength(count);
      expect(new Set(drawn).size).toBe(count);
      for (const id of drawn) expect(pop).toContain(id);
      expect(drawn).toEqual([...drawn].sort((x, y) => x - y));
    }
    // All of them when the count is the population; never more than there are.
    expect(drawSpotChecks(population, 40, 'x')).toEqual(population);
    expect(drawSpotChecks([3, 1, 2], 10, 'x')).toEqual([1, 2, 3]);
    expect(drawSpotChecks([], 0, 'x')).toEqual([]);
  });

  it('does not depend on the order the population is listed in', () => {
    const reversed = [...population].reverse();
    const shuffled = [...population].sort((x, y) => ((x * 7919) % 41) - ((y * 7919) % 41));
    for (const seed of ['a', 'b', '0123456789abcdef0123456789abcdef']) {
      const drawn = drawSpotChecks(population, 6, seed);
      expect(drawSpotChecks(reversed, 6, seed)).toEqual(drawn);
      expect(drawSpotChecks(shuffled, 6, seed)).toEqual(drawn);
    }
  });

  it('different seeds give different draws', () => {
    const draws = new Set<string>();
    for (let i = 0; i < 50; i++) draws.add(drawSpotChecks(population, 6, `seed-${i}`).join(','));
    // 40 choose 6 is 3.8 million: 50 seeds drawing the same set would be a broken generator.
    expect(draws.size).toBeGreaterThanOrEqual(48);
    expect(drawSpotChecks(population, 6, 'seed-a')).not.toEqual(drawSpotChecks(population, 6, 'seed-b'));
  });

  it('each member is drawn about equally often over many seeds', () => {
    const hits = new Map<number, number>(population.map((id) => [id, 0]));
    const rounds = 4000;
    for (let i = 0; i < rounds; i++) for (const id of drawSpotChecks(population, 6, `r${i}`)) hits.set(id, (hits.get(id) ?? 0) + 1);
    const expected = (rounds * 6) / 40; // 600
    for (const n of hits.values()) {
      expect(n).toBeGreaterThan(expected * 0.75);
      expect(n).toBeLessThan(expected * 1.25);
    }
  });
});
