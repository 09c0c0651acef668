/**
 * Phones are kept as typed (for display) and as digits (for matching). The China country code is
 * dropped from mobiles so that "+86 138-0013-8000" and "13800138000" are the same number.
 */
export function normalizePhone(raw: string): string {
  let digits = raw.replace(/\D+/g, '');
  if (digits.startsWith('0086')) digits = digits.slice(4);
  else if (digits.length === 13 && digits.startsWith('861')) digits = digits.slice(2);
  return digits;
}

export function hasPhoneDigits(raw: string): boolean {
  return /\d/.test(raw);
}

/** Last four digits, the way people say a number at the counter ("ends 8821"). */
export function phoneTail(digits: string, size = 4): string {
  return digits.slice(-size);
}
