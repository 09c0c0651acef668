import type { LookupHit, MatchKind } from '../../../shared/contract';
import type { UiLocale } from '../../../shared/domain/salutation';
import { normalizePhone, phoneTail } from '../../../shared/domain/phone';
import { displayAddressAs } from '../customers/customer-view';
import { KeyKind } from './key-kinds';
import { compact, diaryMatchQuery, fold, hasHan } from './search-text';

/** Lower is better: exact name, then name/pinyin/initials prefix, then phone, then other fields, then diary. */
export const Tier = { Exact: 0, Prefix: 1, Phone: 2, Field: 3, Diary: 4 } as const;
type TierValue = (typeof Tier)[keyof typeof Tier];

export interface Candidate {
  tier: TierValue;
  kind: MatchKind;
  text: string;
  entryId?: string;
  /** Found by a form of address (王女士, Mr Chan): only a customer of that gender, or of none said, fits. */
  gender?: 'female' | 'male' | null;
}

/** How many keys each source offers, and how many diary entries: bounds every lookup. */
export const perSource = 100;

/**
 * One place a lookup looks: a prefix range of one key kind (what a key found there offers is
 * `take`'s answer, null when the key does not count), or the diary's full-text index.
 */
export type LookupSource =
  { from: 'keys'; keyKind: number; prefix: string; take: (key: string) => Candidate | null } | { from: 'diary'; match: string };

const chineseForms: Record<string, 'female' | 'male' | null> = {
  先生: 'male',
  哥: 'male',
  女士: 'female',
  小姐: 'female',
  太太: 'female',
  姐: 'female',
  老师: null,
  老師: null,
  总: null,
  總: null,
};
const englishForms: Record<string, 'female' | 'male'> = { mr: 'male', ms: 'female', mrs: 'female', miss: 'female' };

/**
 * The way the app itself shows a customer (王女士, 陳先生, Ms Chan) read back as a surname and a
 * gender, so the counter can type what it sees on the screen.
 */
export function formOfAddress(raw: string): { surname: string; gender: 'female' | 'male' | null; western: boolean } | null {
  const text = raw.trim();
  const chinese = /^(\p{Script=Han}{1,2}?)(先生|女士|小姐|太太|姐|哥|老师|老師|总|總)$/u.exec(text);
  if (chinese?.[1] !== undefined && chinese[2] !== undefined)
    return { surname: chinese[1], gender: chineseForms[chinese[2]] ?? null, western: false };
  const english = /^(mr|ms|mrs|miss)\.?\s+([a-z][a-z'-]*)$/i.exec(text);
  if (english?.[1] !== undefined && english[2] !== undefined)
    return { surname: english[2], gender: englishForms[english[1].toLowerCase()] ?? null, western: true };
  return null;
}

const keyKindToMatch: Record<number, { tier: TierValue; kind: MatchKind }> = {
  [KeyKind.name]: { tier: Tier.Prefix, kind: 'name' },
  [KeyKind.pinyin]: { tier: Tier.Prefix, kind: 'pinyin' },
  [KeyKind.initials]: { tier: Tier.Prefix, kind: 'initials' },
  [KeyKind.addressAs]: { tier: Tier.Prefix, kind: 'addressAs' },
  [KeyKind.namePart]: { tier: Tier.Field, kind: 'name' },
  [KeyKind.email]: { tier: Tier.Field, kind: 'email' },
  [KeyKind.company]: { tier: Tier.Field, kind: 'company' },
  [KeyKind.tag]: { tier: Tier.Field, kind: 'tag' },
  [KeyKind.preference]: { tier: Tier.Field, kind: 'preference' },
};

/** Which key kinds a query can match: digits look at phones, Latin letters at pinyin, and so on. */
function kindsFor(query: string): number[] {
  const text = [KeyKind.name, KeyKind.addressAs, KeyKind.namePart, KeyKind.company, KeyKind.tag, KeyKind.preference];
  if (hasHan(query)) return text;
  if (/^[a-z]+$/.test(query)) return [...text, KeyKind.pinyin, KeyKind.initials, KeyKind.email];
  return [...text, KeyKind.email];
}

/**
 * Where a typed query is looked for, in the order its offers are weighed (the first offer of a
 * customer's best tier is the one shown).
 */
export function sourcesFor(raw: string): LookupSource[] {
  const sources: LookupSource[] = [];
  const query = compact(fold(raw));
  const digits = raw.replace(/[\s()+-]/g, '');
  if (/^\d{3,}$/.test(digits)) {
    const normalized = normalizePhone(raw);
    const reversed = [...normalized].reverse().join('');
    sources.push(
      {
        from: 'keys',
        keyKind: KeyKind.phoneReversed,
        prefix: reversed,
        take: (key) => ({ tier: Tier.Phone, kind: key === reversed ? 'phone' : 'phoneTail', text: normalized }),
      },
      { from: 'keys', keyKind: KeyKind.phone, prefix: normalized, take: (key) => ({ tier: Tier.Phone, kind: 'phone', text: key }) },
    );
  }
  if (query !== '' && !/^\d+$/.test(query)) {
    for (const keyKind of kindsFor(query)) {
      const match = keyKindToMatch[keyKind];
      if (match === undefined) continue;
      const exactCounts = keyKind === KeyKind.name || keyKind === KeyKind.addressAs;
      sources.push({
        from: 'keys',
        keyKind,
        prefix: query,
        take: (key) => ({ tier: exactCounts && key === query ? Tier.Exact : match.tier, kind: match.kind, text: key }),
      });
    }
  }
  const addressed = formOfAddress(raw);
  if (addressed !== null) {
    const surname = compact(fold(addressed.surname));
    const text = raw.trim();
    // A Chinese surname starts the name; a Western one is one of its words.
    sources.push({
      from: 'keys',
      keyKind: addressed.western ? KeyKind.namePart : KeyKind.name,
      prefix: surname,
      take: (key) =>
        addressed.western && key !== surname ? null : { tier: Tier.Exact, kind: 'addressAs', text, gender: addressed.gender },
    });
  }
  const diary = diaryMatchQuery(raw);
  if (diary !== null) sources.push({ from: 'diary', match: diary });
  return sources;
}

/** A customer keeps their best offer; between offers of one tier, the first. */
export function offer(candidates: Map<string, Candidate>, customerId: string, candidate: Candidate): void {
  const current = candidates.get(customerId);
  if (current === undefined || candidate.tier < current.tier) candidates.set(customerId, candidate);
}

export function diaryCandidate(entryId: string): Candidate {
  return { tier: Tier.Diary, kind: 'note', text: '', entryId };
}

export interface RankedCustomer {
  id: string;
  name: string;
  address_as: string | null;
  gender: 'female' | 'male' | null;
  last_visit_at: string | null;
}

/** ISO instants compare as plain strings; localeCompare would run ICU collation on each (slow). */
function newerFirst(a: string | null, b: string | null): number {
  const x = a ?? '';
  const y = b ?? '';
  return x === y ? 0 : x < y ? 1 : -1;
}

/**
 * The live customers found, best match first, then the latest visit, then the name, then the id
 * (the order SQLite gave the previous lookup's customers in, so namesakes never visited stay put).
 */
export function rank<T extends RankedCustomer>(
  candidates: Map<string, Candidate>,
  live: readonly T[],
  limit: number,
): { row: T; candidate: Candidate }[] {
  return live
    .map((row) => ({ row, candidate: candidates.get(row.id) }))
    .filter((r): r is { row: T; candidate: Candidate } => r.candidate !== undefined)
    .filter(({ row, candidate }) => candidate.gender == null || row.gender === null || row.gender === candidate.gender)
    .sort(
      (a, b) =>
        a.candidate.tier - b.candidate.tier ||
        newerFirst(a.row.last_visit_at, b.row.last_visit_at) ||
        a.row.name.localeCompare(b.row.name) ||
        (a.row.id < b.row.id ? -1 : a.row.id > b.row.id ? 1 : 0),
    )
    .slice(0, limit);
}

/** A few words either side of the match, as "…拉链坏了…". */
export function snippet(text: string, query: string, radius = 12): string {
  const folded = fold(text);
  const needle = fold(query).trim();
  const at = needle === '' ? -1 : folded.indexOf(needle);
  const flat = text.replace(/\s+/g, ' ');
  if (at < 0) return flat.length > radius * 2 ? `${flat.slice(0, radius * 2)}…` : flat;
  const start = Math.max(0, at - radius);
  const end = Math.min(text.length, at + needle.length + radius);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s+/g, ' ')}${end < text.length ? '…' : ''}`;
}

/** What a hit shows besides the customer: their first phone, latest purchase and the diary text found. */
export interface HitFacts {
  phone: { number: string; digits: string } | null;
  lastPurchase: { item: string; colour: string | null; size: string | null; occurredAt: string } | null;
  diaryText: string;
}

export function toHit(row: RankedCustomer, candidate: Candidate, facts: HitFacts, query: string, locale: UiLocale): LookupHit {
  return {
    customerId: row.id,
    name: row.name,
    displayAddressAs: displayAddressAs(row, facts.phone?.number ?? null, locale),
    phoneTail: facts.phone === null ? null : phoneTail(facts.phone.digits),
    lastVisitAt: row.last_visit_at,
    lastPurchase: facts.lastPurchase,
    reason: { kind: candidate.kind, text: candidate.entryId === undefined ? candidate.text : snippet(facts.diaryText, query) },
  };
}
