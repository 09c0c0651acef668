import { describe, expect, it } from 'vitest';
import { formatMoney, parseMoneyInput, toMinor } from '../../../shared/domain/money';

describe('money', () => {
  it('parses what people type in a price box', () => {
    expect(parseMoneyInput('299', 'CNY')).toBe(29900);
    expect(parseMoneyInput('128.5', 'CNY')).toBe(12850);
    expect(parseMoneyInput('¥1,280', 'CNY')).toBe(128000);
    expect(parseMoneyInput('1280元', 'CNY')).toBe(128000);
    expect(parseMoneyInput('NT$1,280', 'TWD')).toBe(1280);
    expect(parseMoneyInput('', 'CNY')).toBeNull();
    expect(parseMoneyInput('abc', 'CNY')).toBeNull();
    expect(parseMoneyInput('-5', 'CNY')).toBeNull();
  });

  it('avoids float drift', () => {
    expect(toMinor(0.1 + 0.2, 'CNY')).toBe(30);
    expect(toMinor(19.99, 'USD')).toBe(1999);
  });

  it('formats in local conventions', () => {
    expect(formatMoney(42750, 'CNY', 'zh-CN')).toBe('¥427.50');
    expect(formatMoney(1280, 'TWD', 'zh-TW')).toBe('NT$1,280');
    expect(formatMoney(9950, 'HKD', 'en')).toBe('HK$99.50');
    expect(formatMoney(500, 'CHF', 'en')).toBe('5.00 CHF');
  });
});
