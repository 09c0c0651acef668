import { describe, expect, it } from 'vitest';
import { lunarLabel } from '../../../shared/domain/lunar-names';

describe('lunar labels', () => {
  it.each([
    [8, 15, false, false, '农历八月十五'],
    [1, 1, false, false, '农历正月初一'],
    [4, 10, true, false, '农历闰四月初十'],
    [12, 23, false, true, '農曆臘月廿三'],
    [11, 30, false, false, '农历冬月三十'],
    [6, 20, false, false, '农历六月二十'],
    [3, 21, false, false, '农历三月廿一'],
  ])('%i/%i leap=%s', (month, day, leap, traditional, label) => {
    expect(lunarLabel(month, day, leap, traditional)).toBe(label);
  });
});
