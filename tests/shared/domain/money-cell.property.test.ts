import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../../shared/domain/money';
import { cellMax, readCountCell, readMoneyCell } from '../../../shared/domain/money-cell';

/** 1230 → "1,230": grouped by hand, so the test does not lean on the code's own reading of commas. */
const grouped = (n: bigint) => n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');

describe('reading an amount cell into minor units', () => {
  it('reads every amount exactly, however another system writes it (property)', () => {
    const writing = fc.record({
      minor: fc.integer({ min: 0, max: cellMax }),
      digits: fc.constantFrom(0, 2),
      symbol: fc.constantFrom('', '¥', '￥', 'NT$', 'HK$', '$', 'RMB '),
      unit: fc.constantFrom('', '元', ' 元'),
      group: fc.boolean(),
      trailingZeros: fc.boolean(),
      fullWidth: fc.boolean(),
    });
    fc.assert(
      fc.property(writing, (w) => {
        const scale = 10n ** BigInt(w.digits);
        const whole = BigInt(w.minor) / scale;
        const fraction = (BigInt(w.minor) % scale).toString().padStart(w.digits, '0');
        let text = `${w.symbol}${w.group ? grouped(whole) : whole.toString()}${w.digits > 0 ? `.${fraction}` : ''}${w.trailingZeros ? '00' : ''}${w.unit}`;
        if (w.trailingZeros && w.digits === 0) text = text.replace(/00(元| 元)?$/, '.00$1');
        if (w.fullWidth) text = text.replace(/[0-9.,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
        expect(readMoneyCell(text, w.digits)).toEqual({ ok: true, value: w.minor });
      }),
      { numRuns: 500 },
    );
  });

  it('reads what Shuke itself prints back to the same minor units (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: cellMax }), fc.constantFrom('CNY', 'TWD', 'HKD'), (minor, currency) => {
        const digits = currency === 'TWD' ? 0 : 2;
        expect(readMoneyCell(formatMoney(minor, currency), digits)).toEqual({ ok: true, value: minor });
      }),
    );
  });

  it('never rounds: a cent more than the currency holds, a negative or a word is refused', () => {
    expect(readMoneyCell('¥1,230.50', 2)).toEqual({ ok: true, value: 123_050 });
    expect(readMoneyCell('0.1', 2)).toEqual({ ok: true, value: 10 });
    expect(readMoneyCell('1.005', 2)).toEqual({ ok: false, negative: false });
    expect(readMoneyCell('12.5', 0)).toEqual({ ok: false, negative: false });
    expect(readMoneyCell('-30', 2)).toEqual({ ok: false, negative: true });
    expect(readMoneyCell('(12.00)', 2)).toEqual({ ok: false, negative: true });
    expect(readMoneyCell('－5', 2)).toEqual({ ok: false, negative: true });
    expect(readMoneyCell('一百', 2)).toEqual({ ok: false, negative: false });
    expect(readMoneyCell('1,23', 2)).toEqual({ ok: false, negative: false });
    expect(readMoneyCell('1e3', 2)).toEqual({ ok: false, negative: false });
    expect(readMoneyCell('99999999999', 2)).toEqual({ ok: false, negative: false });
    expect(readCountCell('1,200')).toEqual({ ok: true, value: 1200 });
    expect(readCountCell('12.0')).toEqual({ ok: true, value: 12 });
    expect(readCountCell('12.5')).toEqual({ ok: false, negative: false });
  });
});
