import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberText } from '../../../../electron/domains/archive/xlsx-read';

/** How a General number cell was written before the formatter was made once (one per call). */
const perCall = (value: number) => Number(value.toPrecision(15)).toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 15 });

describe('the text of a number cell', () => {
  it('writes every number exactly as the per-call formatting did', () => {
    const numbers = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer({ min: 10_000_000_000, max: 19_999_999_999 }),
      fc.integer().map((n) => n / 100),
      fc.constantFrom(0, -0, 0.1 + 0.2, 1e21, 1e-7, -1e-16, 123456789012345680, Number.MAX_SAFE_INTEGER),
    );
    fc.assert(
      fc.property(numbers, (value) => {
        expect(numberText(value, undefined)).toBe(perCall(value));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps a phone typed as a number whole, without grouping or exponent', () => {
    expect(numberText(13800138000, undefined)).toBe('13800138000');
    expect(numberText(0.30000000000000004, undefined)).toBe('0.3');
    expect(numberText(12.5, '0.00')).toBe('12.50');
  });
});
