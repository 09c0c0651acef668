/** A birthday as people write it in a spreadsheet. */
export interface ParsedBirthday {
  calendar: 'solar' | 'lunar';
  year: number | null;
  month: number;
  day: number;
  leapMonth: boolean;
}

/**
 * How a file writes `03/04` and `03/04/1985`. A value whose first part is over 12 proves day-first,
 * one whose second part is over 12 proves month-first. `mixed`: rows prove both, so a value that
 * reads either way cannot be told.
 */
export type DateOrder = 'monthFirst' | 'dayFirst' | 'mixed';

/** A birthday read, or why not: unreadable (or not on the calendar), or either day/month order fits. */
export type BirthdayReading = { ok: true; birthday: ParsedBirthday } | { ok: false; ambiguous: boolean };

const lunarMonths: Record<string, number> = {
  正: 1,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
  冬: 11,
  十一: 11,
  腊: 12,
  臘: 12,
  十二: 12,
};
const digits: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

function lunarDay(text: string): number | null {
  if (/^\d{1,2}$/.test(text)) return Number(text) >= 1 && Number(text) <= 30 ? Number(text) : null;
  if (text === '初十') return 10;
  if (text === '二十') return 20;
  if (text === '三十') return 30;
  const m = /^(初|十|廿|二十|三十)([一二三四五六七八九])$/.exec(text);
  if (m === null) return null;
  const base = { 初: 0, 十: 10, 廿: 20, 二十: 20, 三十: 30 }[m[1] as '初'] ?? 0;
  const day = base + (digits[m[2] ?? ''] ?? 0);
  return day <= 30 ? day : null;
}

function lunarMonth(text: string): number | null {
  if (/^\d{1,2}$/.test(text)) return Number(text) >= 1 && Number(text) <= 12 ? Number(text) : null;
  return lunarMonths[text] ?? null;
}

function daysInMonth(year: number | null, month: number): number {
  if (month === 2) return year === null || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A solar day if it is on the calendar (29 February only in a leap year, or with no year). */
export function solarBirthday(year: number | null, month: number, day: number): ParsedBirthday | null {
  if (!Number.isInteger(month) || !Number.isInteger(day) || month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  if (year !== null && (year < 1900 || year > 2100)) return null;
  return { calendar: 'solar', year, month, day, leapMonth: false };
}

/** 85 → 1985 and 05 → 2005: the century that does not put the year after this one. */
function fullYear(text: string, thisYear: number): number {
  if (text.length !== 2) return Number(text);
  const recent = 2000 + Number(text);
  return recent <= thisYear ? recent : recent - 100;
}

const readable = (birthday: ParsedBirthday | null): BirthdayReading =>
  birthday === null ? { ok: false, ambiguous: false } : { ok: true, birthday };

/** Full-width digits and slashes as plain ones, a time of day dropped, spaces removed. */
function normalise(raw: string): string {
  return raw
    .normalize('NFKC')
    .trim()
    .replace(/(?:[T\s]+)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?$/i, '')
    .replace(/\s+/g, '');
}

const lunarPrefix = '(?:农历|農曆|阴历|陰曆|旧历|舊曆)';
const lunarPattern = new RegExp(
  `^${lunarPrefix}(?:(\\d{4}|\\d{2})年)?(闰|閏)?(正|十一|十二|一|二|三|四|五|六|七|八|九|十|冬|腊|臘|\\d{1,2})月(.+?)[日号號]?$`,
);
const lunarSuffix = new RegExp(`^(.+?)[（(]${lunarPrefix}[)）]$`);

function lunar(text: string, thisYear: number): BirthdayReading | null {
  const suffixed = lunarSuffix.exec(text);
  const m = lunarPattern.exec(suffixed === null ? text : `农历${suffixed[1] ?? ''}`);
  if (m === null) return null;
  const month = lunarMonth(m[3] ?? '');
  const day = lunarDay(m[4] ?? '');
  const year = m[1] === undefined ? null : fullYear(m[1], thisYear);
  if (month === null || day === null || (year !== null && (year < 1900 || year > 2100))) return readable(null);
  return { ok: true, birthday: { calendar: 'lunar', year, month, day, leapMonth: m[2] !== undefined } };
}

/** `a/b`, `a-b`, `a.b` with an optional year after: the parts whose order depends on the file. */
function dayMonthParts(text: string): { a: number; b: number; year: string | null; dotted: boolean } | null {
  const m = /^(\d{1,2})([-/.])(\d{1,2})(?:\2(\d{4}|\d{2}))?$/.exec(text);
  if (m === null) return null;
  return { a: Number(m[1]), b: Number(m[3]), year: m[4] ?? null, dotted: m[2] === '.' };
}

/**
 * The order a file writes its dates in, proven by values only one order can read (`25/12/1985`,
 * `12/25`). Nothing proven means month first, as Chinese and US files write it.
 */
export function dateOrderOf(values: readonly string[]): DateOrder {
  let dayFirst = false;
  let monthFirst = false;
  for (const value of values) {
    const parts = dayMonthParts(normalise(value));
    // 12.3.1985 is day-first by convention wherever dots are written; it proves nothing about slashes.
    if (parts === null || (parts.dotted && parts.year !== null)) continue;
    if (parts.a > 12 && parts.a <= 31 && parts.b >= 1 && parts.b <= 12) dayFirst = true;
    if (parts.b > 12 && parts.b <= 31 && parts.a >= 1 && parts.a <= 12) monthFirst = true;
  }
  if (dayFirst && monthFirst) return 'mixed';
  return dayFirst ? 'dayFirst' : 'monthFirst';
}

function byOrder(a: number, b: number, year: number | null, order: DateOrder): BirthdayReading {
  const monthFirst = solarBirthday(year, a, b);
  const dayFirst = solarBirthday(year, b, a);
  if (monthFirst === null || dayFirst === null || a === b) return readable(monthFirst ?? dayFirst);
  if (order === 'mixed') return { ok: false, ambiguous: true };
  return { ok: true, birthday: order === 'dayFirst' ? dayFirst : monthFirst };
}

/**
 * Reads a birthday as a person wrote it: 1985-03-12, 1985/3/12, 1985.3.12, 19850312, 3/12/1985 or
 * 12/3/1985 (by the file's order), 12.3.1985 (day first), 12/25, 12-25, 1985年3月12日, 85年3月12日,
 * 3月12日, --0312, 农历八月十五, 农历1985年八月十五, 農曆閏四月初一, 八月十五（农历）.
 */
export function readBirthday(raw: string, options: { order?: DateOrder; thisYear?: number } = {}): BirthdayReading {
  const order = options.order ?? 'monthFirst';
  const thisYear = options.thisYear ?? new Date().getFullYear();
  const text = normalise(raw);
  if (text === '') return readable(null);
  const lunarReading = lunar(text, thisYear);
  if (lunarReading !== null) return lunarReading;
  let m = /^(?:(\d{4}|\d{2})年)?(\d{1,2})月(\d{1,2})[日号號]?$/.exec(text);
  if (m !== null) return readable(solarBirthday(m[1] === undefined ? null : fullYear(m[1], thisYear), Number(m[2]), Number(m[3])));
  m = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/.exec(text);
  if (m !== null) return readable(solarBirthday(Number(m[1]), Number(m[3]), Number(m[4])));
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (m !== null) return readable(solarBirthday(Number(m[1]), Number(m[2]), Number(m[3])));
  m = /^--(\d{2})-?(\d{2})$/.exec(text);
  if (m !== null) return readable(solarBirthday(null, Number(m[1]), Number(m[2])));
  // 85/3/12: a first part that cannot be a day is a two-digit year.
  m = /^(\d{2})([-/.])(\d{1,2})\2(\d{1,2})$/.exec(text);
  if (m !== null && Number(m[1]) > 31) return readable(solarBirthday(fullYear(m[1] ?? '', thisYear), Number(m[3]), Number(m[4])));
  const parts = dayMonthParts(text);
  if (parts === null) return readable(null);
  const year = parts.year === null ? null : fullYear(parts.year, thisYear);
  return byOrder(parts.a, parts.b, year, parts.dotted && year !== null ? 'dayFirst' : order);
}

/** The birthday, or null when it cannot be read (or cannot be told apart); see readBirthday. */
export function parseBirthday(raw: string, options: { order?: DateOrder; thisYear?: number } = {}): ParsedBirthday | null {
  const reading = readBirthday(raw, options);
  return reading.ok ? reading.birthday : null;
}
