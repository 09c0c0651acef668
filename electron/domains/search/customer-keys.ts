import { normalizePhone } from '../../../shared/domain/phone';
import { KeyKind } from './key-kinds';
import type { KeyRow } from './search.repository';
import { compact, fold, hasHan, pinyinOf, suffixes } from './search-text';

export interface KeySource {
  name: string;
  addressAs: string | null;
  email: string | null;
  company: string | null;
  phones: string[];
  tags: string[];
  preferences: string[];
}

function textKeys(kind: number, partKind: number, text: string, out: KeyRow[]): void {
  const folded = compact(fold(text));
  if (folded === '') return;
  out.push({ kind, key: folded });
  if (hasHan(folded)) {
    for (const suffix of suffixes(folded)) out.push({ kind: partKind, key: suffix });
  }
  const words = fold(text)
    .split(/[\s,，、/|()（）]+/u)
    .filter((w) => w !== '');
  if (words.length > 1) for (const word of words) out.push({ kind: partKind, key: compact(word) });
}

/** Every short key a customer can be found by; all writes rebuild these in the same transaction. */
export function customerKeys(source: KeySource): KeyRow[] {
  const keys: KeyRow[] = [];
  textKeys(KeyKind.name, KeyKind.namePart, source.name, keys);
  const spoken = pinyinOf(source.name);
  if (spoken !== null) {
    keys.push({ kind: KeyKind.pinyin, key: spoken.full }, { kind: KeyKind.initials, key: spoken.initials });
  }
  if (source.addressAs !== null) {
    textKeys(KeyKind.addressAs, KeyKind.addressAs, source.addressAs, keys);
    const addressPinyin = pinyinOf(source.addressAs);
    if (addressPinyin !== null)
      keys.push({ kind: KeyKind.pinyin, key: addressPinyin.full }, { kind: KeyKind.initials, key: addressPinyin.initials });
  }
  for (const phone of source.phones) {
    const digits = normalizePhone(phone);
    if (digits === '') continue;
    keys.push({ kind: KeyKind.phone, key: digits }, { kind: KeyKind.phoneReversed, key: [...digits].reverse().join('') });
  }
  if (source.email !== null) {
    const email = source.email.toLowerCase();
    keys.push({ kind: KeyKind.email, key: email });
    const domain = email.split('@')[1];
    if (domain !== undefined) keys.push({ kind: KeyKind.email, key: domain });
  }
  if (source.company !== null) textKeys(KeyKind.company, KeyKind.company, source.company, keys);
  for (const tag of source.tags) textKeys(KeyKind.tag, KeyKind.tag, tag, keys);
  for (const value of source.preferences) textKeys(KeyKind.preference, KeyKind.preference, value, keys);
  const seen = new Set<string>();
  return keys.filter((k) => {
    const id = `${k.kind}:${k.key}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
