/** Money is integer minor units plus an ISO 4217 code; never floats in storage. */
export const currencies = ['CNY', 'TWD', 'HKD', 'MOP', 'USD', 'EUR', 'GBP', 'SGD', 'MYR', 'JPY'] as const;

const zeroDecimal = new Set(['JPY', 'TWD']);

export function minorDigits(currency: string): number {
  return zeroDecimal.has(currency) ? 0 : 2;
}

export function toMinor(major: number, currency: string): number {
  return Math.round(major * 10 ** minorDigits(currency));
}

export function fromMinor(minor: number, currency: string): number {
  return minor / 10 ** minorDigits(currency);
}

/** Parses what a person types in a price box ("12.5", "¥1,280", "1280元"); null when it is not a number. */
export function parseMoneyInput(text: string, currency: string): number | null {
  const cleaned = text.replace(/[\s,，¥￥$元圓円]|NT\$|HK\$/g, '');
  if (cleaned === '') return null;
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return null;
  return toMinor(Number(cleaned), currency);
}

const symbols: Record<string, string> = { CNY: '¥', TWD: 'NT$', HKD: 'HK$', MOP: 'MOP$', USD: '$', EUR: '€', GBP: '£', JPY: '¥' };

/** Formats in the shop's own convention: ¥1,280.00, NT$1,280, HK$99.50. */
export function formatMoney(minor: number, currency: string, locale = 'zh-CN'): string {
  const digits = minorDigits(currency);
  const number = new Intl.NumberFormat(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(fromMinor(minor, currency));
  const symbol = symbols[currency];
  return symbol === undefined ? `${number} ${currency}` : `${symbol}${number}`;
}
