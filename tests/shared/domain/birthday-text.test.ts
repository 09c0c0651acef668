import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateOrderOf, parseBirthday, readBirthday, solarBirthday } from '../../../shared/domain/birthday-text';

const solar = (year: number | null, month: number, day: number) => ({ calendar: 'solar', year, month, day, leapMonth: false });
const lunar = (year: number | null, month: number, day: number, leapMonth = false) => ({ calendar: 'lunar', year, month, day, leapMonth });

describe('reading a birthday as a person wrote it', () => {
  it.each([
    ['12/25', solar(null, 12, 25)],
    ['12-25', solar(null, 12, 25)],
    ['3/12', solar(null, 3, 12)],
    ['1985.3.12', solar(1985, 3, 12)],
    ['1985/3/12', solar(1985, 3, 12)],
    ['1985-03-12', solar(1985, 3, 12)],
    ['19850312', solar(1985, 3, 12)],
    ['1985-03-12T00:00:00Z', solar(1985, 3, 12)],
    ['1985/3/12 0:00', solar(1985, 3, 12)],
    ['3/12/1985', solar(1985, 3, 12)],
    ['3/12/85', solar(1985, 3, 12)],
    ['85/3/12', solar(1985, 3, 12)],
    ['12.3.1985', solar(1985, 3, 12)],
    ['3.25.1985', solar(1985, 3, 25)],
    ['25/12/1985', solar(1985, 12, 25)],
    ['85年3月12日', solar(1985, 3, 12)],
    ['05年3月12日', solar(2005, 3, 12)],
    ['1985年3月12日', solar(1985, 3, 12)],
    ['1985年3月12号', solar(1985, 3, 12)],
    ['３月１２日', solar(null, 3, 12)],
    ['3月12日', solar(null, 3, 12)],
    ['--0312', solar(null, 3, 12)],
    ['--03-12', solar(null, 3, 12)],
    ['2000/2/29', solar(2000, 2, 29)],
    ['2月29日', solar(null, 2, 29)],
    ['农历八月十五', lunar(null, 8, 15)],
    ['农历1985年八月十五', lunar(1985, 8, 15)],
    ['农历 8月15日', lunar(null, 8, 15)],
    ['農曆閏四月初一', lunar(null, 4, 1, true)],
    ['农历腊月廿三', lunar(null, 12, 23)],
    ['八月十五（农历）', lunar(null, 8, 15)],
  ])('%s', (text, expected) => {
    expect(parseBirthday(text, { thisYear: 2026 })).toEqual(expected);
  });

  it.each([
    ['2月30日'],
    ['13/45'],
    ['1985/2/30'],
    ['1985/2/29'],
    ['1900-02-29'],
    ['4/31/1985'],
    ['31118'],
    ['明年'],
    ['农历八月三十五'],
    [''],
  ])('refuses %s as unreadable, not as ambiguous', (text) => {
    expect(readBirthday(text, { order: 'mixed' })).toEqual({ ok: false, ambiguous: false });
  });

  it('reads two-digit years in the century that does not put them in the future', () => {
    expect(parseBirthday('26年1月1日', { thisYear: 2026 })?.year).toBe(2026);
    expect(parseBirthday('27年1月1日', { thisYear: 2026 })?.year).toBe(1927);
    expect(parseBirthday('1/1/00', { thisYear: 2026 })?.year).toBe(2000);
  });
});

describe('day and month order within one file', () => {
  it('follows what other rows prove, month first when nothing does, and refuses only what both orders read', () => {
    expect(dateOrderOf(['3/12/1985', '04/05/1990', '农历八月十五', ''])).toBe('monthFirst');
    expect(dateOrderOf(['12/25/1985', '03/04/1985'])).toBe('monthFirst');
    expect(dateOrderOf(['25/12/1985', '03/04/1985'])).toBe('dayFirst');
    expect(dateOrderOf(['25/12', '12/25'])).toBe('mixed');
    // Dotted dates with a year are day-first by convention and prove nothing about slashes.
    expect(dateOrderOf(['25.12.1985', '03/04/1985'])).toBe('monthFirst');

    expect(readBirthday('03/04/1985', { order: 'monthFirst' })).toEqual({ ok: true, birthday: solar(1985, 3, 4) });
    expect(readBirthday('03/04/1985', { order: 'dayFirst' })).toEqual({ ok: true, birthday: solar(1985, 4, 3) });
    expect(readBirthday('03/04/1985', { order: 'mixed' })).toEqual({ ok: false, ambiguous: true });
    expect(readBirthday('03/03/1985', { order: 'mixed' })).toEqual({ ok: true, birthday: solar(1985, 3, 3) });
    expect(readBirthday('25/12/1985', { order: 'mixed' })).toEqual({ ok: true, birthday: solar(1985, 12, 25) });
    expect(readBirthday('1985/03/04', { order: 'mixed' })).toEqual({ ok: true, birthday: solar(1985, 3, 4) });
    expect(readBirthday('04.03.1985', { order: 'monthFirst' })).toEqual({ ok: true, birthday: solar(1985, 3, 4) });
  });
});

const validDay = fc
  .record({ year: fc.integer({ min: 1930, max: 2029 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .filter(({ year, month, day }) => solarBirthday(year, month, day) !== null);

const written = ({ year, month, day }: { year: number; month: number; day: number }) => {
  const mm = String(month).padStart(2, '0');
  const dd = String(day).padStart(2, '0');
  const yy = String(year % 100).padStart(2, '0');
  return {
    withYear: [
      `${year}-${mm}-${dd}`,
      `${year}/${month}/${day}`,
      `${month}/${day}/${year}`,
      `${mm}/${dd}/${year}`,
      `${year}.${month}.${day}`,
      `${year}年${month}月${day}日`,
      `${yy}年${month}月${day}日`,
    ],
    yearless: [`${month}月${day}日`, `${month}/${day}`, `${mm}-${dd}`],
  };
};

describe('every way of writing a day', () => {
  it('reads back the same day, with and without the year', () => {
    fc.assert(
      fc.property(validDay, (date) => {
        const { withYear, yearless } = written(date);
        for (const text of withYear) expect(parseBirthday(text, { thisYear: 2029 }), text).toEqual(solar(date.year, date.month, date.day));
        for (const text of yearless) expect(parseBirthday(text, { thisYear: 2029 }), text).toEqual(solar(null, date.month, date.day));
      }),
    );
  });

  it('never reads a day that is not on the calendar', () => {
    const invalid = fc
      .record({ year: fc.integer({ min: 1930, max: 2029 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 28, max: 99 }) })
      .filter(({ year, month, day }) => solarBirthday(year, month, day) === null);
    fc.assert(
      fc.property(invalid, (date) => {
        const { withYear, yearless } = written(date);
        for (const text of withYear) expect(parseBirthday(text, { thisYear: 2029 }), text).toBeNull();
        // Without a year, 29 February is a day (it comes every four years).
        if (date.month !== 2 || date.day !== 29) for (const text of yearless) expect(parseBirthday(text), text).toBeNull();
      }),
    );
  });
});
