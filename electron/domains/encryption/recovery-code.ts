import crypto from 'node:crypto';

/**
 * Crockford's base32: no I, L, O or U, so what is read back from paper is what was printed. 32
 * characters of 5 bits each: 160 random bits, shown as 8 groups of 4.
 */
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const groups = 8;
const groupLength = 4;

export function newRecoveryCode(): string {
  const bytes = crypto.randomBytes(groups * groupLength);
  const chars = [...bytes].map((byte) => alphabet[byte % 32] ?? '0');
  const parts: string[] = [];
  for (let i = 0; i < chars.length; i += groupLength) parts.push(chars.slice(i, i + groupLength).join(''));
  return parts.join('-');
}

/**
 * The code as it is wrapped with: upper case, no spaces or dashes, and the letters a person may
 * write for a digit read as that digit (O for 0, I and L for 1). Null when it cannot be a recovery
 * code, so a passcode is never mistaken for one.
 */
export function normalizeRecoveryCode(text: string): string | null {
  const squeezed = text
    .toUpperCase()
    .replace(/[\s\-–—_]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (squeezed.length !== groups * groupLength) return null;
  return [...squeezed].every((c) => alphabet.includes(c)) ? squeezed : null;
}
