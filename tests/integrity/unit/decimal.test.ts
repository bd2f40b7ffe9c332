// The index's exact decimals: a person's figure read as hundredths (never more than two places),
// shown back as typed or with two places, and the one half-up division.
import { describe, expect, it } from 'vitest';
import { divRoundHalfUp, formatHundredths, formatPoints, fromHundredths, toHundredths } from '../../../shared/integrity/index.ts';

describe('hundredths', () => {
  it('reads numbers and text with at most two places, exactly', () => {
    expect(toHundredths(87.35)).toBe(8735);
    expect(toHundredths(0.1 + 0.2)).toBeNull(); // 0.30000000000000004 has more places than two
    expect(toHundredths('92.5')).toBe(9250);
    expect(toHundredths(-1.5)).toBe(-150);
    expect(toHundredths('-0')).toBe(0);
    expect(toHundredths(87.355)).toBeNull();
    expect(toHundredths('1e3')).toBeNull();
    expect(toHundredths(Number.NaN)).toBeNull();
  });

  it('shows two places, or the short form a person types', () => {
    expect(formatHundredths(8499)).toBe('84.99');
    expect(formatHundredths(8500)).toBe('85.00');
    expect(formatHundredths(-225)).toBe('-2.25');
    expect(formatHundredths(5)).toBe('0.05');
    for (const [h, text] of [[4000, '40'], [450, '4.5'], [-225, '-2.25'], [0, '0'], [5, '0.05'], [10000, '100'], [-50, '-0.5'], [1010, '10.1']] as const) {
      expect(formatPoints(h)).toBe(text);
      expect(toHundredths(text)).toBe(h);
    }
    expect(fromHundredths(8735)).toBe(87.35);
  });

  it('divides rounding half away from zero', () => {
    expect(divRoundHalfUp(436_750, 1000)).toBe(437);
    expect(divRoundHalfUp(436_749, 1000)).toBe(437);
    expect(divRoundHalfUp(436_499, 1000)).toBe(436);
    expect(divRoundHalfUp(-462_500, 1000)).toBe(-463);
    expect(divRoundHalfUp(0, 7)).toBe(0);
    expect(() => divRoundHalfUp(1, 0)).toThrow();
  });
});
