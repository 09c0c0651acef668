import { describe, expect, it } from 'vitest';
import { hasPhoneDigits, normalizePhone, phoneTail } from '../../../shared/domain/phone';

describe('phones', () => {
  it.each([
    ['+86 138-0013-8000', '13800138000'],
    ['0086 13800138000', '13800138000'],
    ['8613800138000', '13800138000'],
    ['13800138000', '13800138000'],
    ['021-64381234', '02164381234'],
    ['(852) 9123 4567', '85291234567'],
    ['0912-345-678', '0912345678'],
  ])('%s is stored as %s', (raw, digits) => {
    expect(normalizePhone(raw)).toBe(digits);
  });

  it('knows a number when it sees digits, and says its tail', () => {
    expect(hasPhoneDigits('call me')).toBe(false);
    expect(hasPhoneDigits('ext. 12')).toBe(true);
    expect(phoneTail('13800138821')).toBe('8821');
  });
});
