/**
 * Amounts as another system's export writes them (¥1,230.50, 1230.5元, （12）, ＋30), read into
 * integer minor units by their digits alone: no floating point ever touches them, so ¥0.10 plus
 * ¥0.20 is 30 fen and 1,230.50 is 123050, never 123049.99999.
 */

export type CellReading = { ok: true; value: number } | { ok: false; negative: boolean };

/** The largest amount an imported cell may hold: the card ledger's own bound. */
export const cellMax = 1_000_000_000;

const fullWidth = /[０-９．，－＋（）]/g;
const halfOf = (c: string) => String.fromCharCode(c.charCodeAt(0) - 0xfee0);

/** The cell with full-width digits and signs made plain, currency marks and spaces taken off. */
function plain(text: string): string {
  return text
    .replace(fullWidth, halfOf)
    .replace(/[−‐–]/g, '-')
    .replace(/NT\$|HK\$|MOP\$|RMB|CNY|TWD|HKD|MOP|USD|EUR|GBP|SGD|MYR|JPY|[¥￥$€£元圓円块塊\s\u00a0]/gi, '');
}

/** Digits with optional thousands separators (1,230 or 1230), then an optional fraction. */
const numberPattern = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d*))?$/;

function read(text: string, fractionDigits: number): CellReading {
  let t = plain(text);
  let negative = false;
  if (/^\(.*\)$/.test(t)) {
    // (12.00) is how accounts write a negative amount.
    negative = true;
    t = t.slice(1, -1);
  }
  if (t.startsWith('-')) {
    negative = true;
    t = t.slice(1);
  } else if (t.startsWith('+')) t = t.slice(1);
  const match = numberPattern.exec(t);
  if (match === null) return { ok: false, negative: false };
  const whole = (match[1] ?? '').replace(/,/g, '');
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  // More decimals than the unit has (¥1.005) cannot be held exactly: refused, never rounded.
  if (fraction.length > fractionDigits) return { ok: false, negative: false };
  const digits = `${whole}${fraction.padEnd(fractionDigits, '0')}`.replace(/^0+(?=\d)/, '');
  if (digits.length > String(cellMax).length) return { ok: false, negative: false };
  const value = Number(digits);
  if (value > cellMax) return { ok: false, negative: false };
  if (negative && value !== 0) return { ok: false, negative: true };
  return { ok: true, value };
}

/** Money in currency units (¥1,230.50) as minor units of a currency with `minorDigits` decimals; negative or unreadable is refused. */
export function readMoneyCell(text: string, minorDigits: number): CellReading {
  return read(text, minorDigits);
}

/** A count (points, uses left): a whole number, 1,200 or 1200.0 taken too. */
export function readCountCell(text: string): CellReading {
  return read(text, 0);
}
