import { describe, expect, it } from 'vitest';
import { median } from '../../../shared/domain/median';

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones, whatever the order given', () => {
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(median([])).toBeNull();
  });
});
