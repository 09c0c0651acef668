/** A birthday as people write it in a spreadsheet. */
export interface ParsedBirthday {
  calendar: 'solar' | 'lunar';
  year: number | null;
  month: number;
  day: number;
  leapMonth: boolean;
}

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
  if (text === '初十') return 10;
  if (text === '二十') return 20;
  if (text === '三十') return 30;
  const m = /^(初|十|廿|二十|三十)([一二三四五六七八九])$/.exec(text);
  if (m === null) return null;
  const base = { 初: 0, 十: 10, 廿: 20, 二十: 20, 三十: 30 }[m[1] as '初'] ?? 0;
  return base + (digits[m[2] ?? ''] ?? 0);
}

const daysIn = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function solar(year: number | null, month: number, day: number): ParsedBirthday | null {
  if (month < 1 || month > 12 || day < 1 || day > (daysIn[month - 1] ?? 31)) return null;
  if (year !== null && (year < 1900 || year > 2100)) return null;
  return { calendar: 'solar', year, month, day, leapMonth: false };
}

/** 1985/3/12, 1985-03-12, 1985.3.12, 1985年3月12日, 3月12日, --0312, 农历八月十五, 農曆閏四月初一. */
export function parseBirthday(raw: string): ParsedBirthday | null {
  const text = raw.trim().replace(/\s+/g, '');
  if (text === '') return null;
  const lunar = /^(?:农历|農曆|阴历|陰曆)(\d{4}年)?(闰|閏)?(正|十一|十二|一|二|三|四|五|六|七|八|九|十|冬|腊|臘)月(.+)$/.exec(text);
  if (lunar !== null) {
    const month = lunarMonths[lunar[3] ?? ''];
    const day = lunarDay(lunar[4] ?? '');
    if (month === undefined || day === null) return null;
    return {
      calendar: 'lunar',
      year: lunar[1] === undefined ? null : Number(lunar[1].slice(0, 4)),
      month,
      day,
      leapMonth: lunar[2] !== undefined,
    };
  }
  let m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
  if (m !== null) return solar(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})月(\d{1,2})日?$/.exec(text);
  if (m !== null) return solar(null, Number(m[1]), Number(m[2]));
  // 03-12: a birthday without a year, as Shuke's own export writes it (month first, as in 1985-03-12).
  m = /^(\d{2})-(\d{2})$/.exec(text);
  if (m !== null) return solar(null, Number(m[1]), Number(m[2]));
  m = /^--(\d{2})-?(\d{2})$/.exec(text);
  if (m !== null) return solar(null, Number(m[1]), Number(m[2]));
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (m !== null) return solar(Number(m[1]), Number(m[2]), Number(m[3]));
  return null;
}
