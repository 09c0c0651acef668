/**
 * The recovery code in groups of four, as it is easiest to copy onto paper and read back. The
 * book ignores case, spaces and dashes when the code is typed, so regrouping changes nothing.
 */
export function groupCode(code: string): string[] {
  const plain = code.replace(/[^0-9a-z]/gi, '').toUpperCase();
  return plain.match(/.{1,4}/g) ?? [];
}

/** Whether the owner has yet to confirm writing down the newest recovery code (survives a crash or a lock; holds no secret). */
const unconfirmedKey = 'shuke.recoveryCodeUnconfirmed';

export function markCodeUnconfirmed(unconfirmed: boolean): void {
  if (unconfirmed) window.localStorage.setItem(unconfirmedKey, '1');
  else window.localStorage.removeItem(unconfirmedKey);
}

export function isCodeUnconfirmed(): boolean {
  return window.localStorage.getItem(unconfirmedKey) === '1';
}
