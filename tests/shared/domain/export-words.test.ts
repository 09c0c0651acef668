import { describe, expect, it } from 'vitest';
import { parseBirthday } from '../../../shared/domain/birthday-text';
import { tiers } from '../../../shared/domain/customer-value';
import { birthdayText, customerColumns, customerHeaders, exportLocaleOf, exportWords } from '../../../shared/domain/export-words';

describe('export words', () => {
  it('word every column, gender and tier in each language, no two columns alike', () => {
    for (const [locale, words] of Object.entries(exportWords)) {
      const headers = customerHeaders(exportLocaleOf(locale) ?? 'en', 'HKD');
      expect(new Set(headers).size, locale).toBe(customerColumns.length);
      expect(headers.every((h) => h.trim() !== '' && !h.includes('{{'))).toBe(true);
      expect(tiers.every((t) => words.tier[t] !== '')).toBe(true);
    }
    expect(customerHeaders('en', 'HKD')).toContain('Total spend (HKD)');
    expect(exportLocaleOf('zh-TW')).toBe('zh-TW');
    expect(exportLocaleOf('fr')).toBeUndefined();
  });

  it.each([
    [{ calendar: 'solar', year: 1985, month: 3, day: 12, leapMonth: false }, 'zh-CN', '1985-03-12'],
    [{ calendar: 'solar', year: null, month: 3, day: 12, leapMonth: false }, 'en', '03-12'],
    [{ calendar: 'lunar', year: null, month: 8, day: 15, leapMonth: false }, 'en', '农历八月十五'],
    [{ calendar: 'lunar', year: null, month: 12, day: 23, leapMonth: false }, 'zh-TW', '農曆臘月廿三'],
    [{ calendar: 'lunar', year: 1985, month: 4, day: 1, leapMonth: true }, 'zh-CN', '农历1985年闰四月初一'],
  ] as const)('writes %j as a person would, and reads it back', (birthday, locale, text) => {
    expect(birthdayText(birthday, locale)).toBe(text);
    expect(parseBirthday(text)).toEqual(birthday);
  });
});
