import type { LookupHit, MatchKind, ParsedInput } from '../../../shared/contract';
import { normalizePhone, phoneTail } from '../../../shared/domain/phone';
import type { ServiceContext } from '../../api/context';
import type { Db } from '../../db/database';
import { phonesOf } from '../customers/customers.repository';
import { displayAddressAs } from '../customers/customers.service';
import { findEntries, latestPurchases, linesOf } from '../entries/entries.repository';
import { KeyKind } from './key-kinds';
import * as repo from './search.repository';
import { compact, diaryMatchQuery, fold, hasHan } from './search-text';

/** Lower is better: exact name, then name/pinyin/initials prefix, then phone, then other fields, then diary. */
const enum Tier {
  Exact = 0,
  Prefix = 1,
  Phone = 2,
  Field = 3,
  Diary = 4,
}

interface Candidate {
  tier: Tier;
  kind: MatchKind;
  text: string;
  entryId?: string;
  /** Found by a form of address (王女士, Mr Chan): only a customer of that gender, or of none said, fits. */
  gender?: 'female' | 'male' | null;
}

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

const perKind = 100;

const keyKindToMatch: Record<number, { tier: Tier; kind: MatchKind }> = {
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

function offer(candidates: Map<string, Candidate>, customerId: string, candidate: Candidate): void {
  const current = candidates.get(customerId);
  if (current === undefined || candidate.tier < current.tier) candidates.set(customerId, candidate);
}

/** Which key kinds a query can match: digits look at phones, Latin letters at pinyin, and so on. */
function kindsFor(query: string): number[] {
  const text = [KeyKind.name, KeyKind.addressAs, KeyKind.namePart, KeyKind.company, KeyKind.tag, KeyKind.preference];
  if (hasHan(query)) return text;
  if (/^[a-z]+$/.test(query)) return [...text, KeyKind.pinyin, KeyKind.initials, KeyKind.email];
  return [...text, KeyKind.email];
}

async function collect(db: Db, raw: string): Promise<Map<string, Candidate>> {
  const candidates = new Map<string, Candidate>();
  const query = compact(fold(raw));
  const digits = raw.replace(/[\s()+-]/g, '');
  if (/^\d{3,}$/.test(digits)) {
    const normalized = normalizePhone(raw);
    const reversed = [...normalized].reverse().join('');
    for (const row of await repo.keysWithPrefix(db, KeyKind.phoneReversed, reversed, perKind)) {
      const whole = row.key === reversed;
      offer(candidates, row.customer_id, { tier: Tier.Phone, kind: whole ? 'phone' : 'phoneTail', text: normalized });
    }
    for (const row of await repo.keysWithPrefix(db, KeyKind.phone, normalized, perKind)) {
      offer(candidates, row.customer_id, { tier: Tier.Phone, kind: 'phone', text: row.key });
    }
  }
  if (query !== '' && !/^\d+$/.test(query)) {
    for (const kind of kindsFor(query)) {
      const match = keyKindToMatch[kind];
      if (match === undefined) continue;
      for (const row of await repo.keysWithPrefix(db, kind, query, perKind)) {
        const exact = row.key === query && (kind === KeyKind.name || kind === KeyKind.addressAs);
        offer(candidates, row.customer_id, { tier: exact ? Tier.Exact : match.tier, kind: match.kind, text: row.key });
      }
    }
  }
  const addressed = formOfAddress(raw);
  if (addressed !== null) {
    const surname = compact(fold(addressed.surname));
    // A Chinese surname starts the name; a Western one is one of its words.
    const kind = addressed.western ? KeyKind.namePart : KeyKind.name;
    for (const row of await repo.keysWithPrefix(db, kind, surname, perKind)) {
      if (addressed.western && row.key !== surname) continue;
      offer(candidates, row.customer_id, { tier: Tier.Exact, kind: 'addressAs', text: raw.trim(), gender: addressed.gender });
    }
  }
  const diary = diaryMatchQuery(raw);
  if (diary !== null) {
    for (const row of await repo.matchDiary(db, diary, 100)) {
      offer(candidates, row.customer_id, { tier: Tier.Diary, kind: 'note', text: '', entryId: row.entry_id });
    }
  }
  return candidates;
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

/** ISO instants compare as plain strings; localeCompare would run ICU collation on each (slow). */
function newerFirst(a: string | null, b: string | null): number {
  const x = a ?? '';
  const y = b ?? '';
  return x === y ? 0 : x < y ? 1 : -1;
}

/**
 * The walk-in lookup. Every source is an indexed range or an FTS match bounded by a LIMIT; the
 * candidates (a few hundred at most) are ranked by how they matched, then by the latest visit.
 */
export async function lookup(ctx: ServiceContext, input: ParsedInput<'lookup'>): Promise<{ hits: LookupHit[] }> {
  const candidates = await collect(ctx.db, input.query);
  const live = await repo.liveCustomers(ctx.db, [...candidates.keys()]);
  const ranked = live
    .map((row) => ({ row, candidate: candidates.get(row.id) }))
    .filter((r): r is { row: repo.RankRow; candidate: Candidate } => r.candidate !== undefined)
    .filter(({ row, candidate }) => candidate.gender == null || row.gender === null || row.gender === candidate.gender)
    .sort(
      (a, b) =>
        a.candidate.tier - b.candidate.tier || newerFirst(a.row.last_visit_at, b.row.last_visit_at) || a.row.name.localeCompare(b.row.name),
    )
    .slice(0, input.limit);

  const ids = ranked.map((r) => r.row.id);
  const phones = await phonesOf(ctx.db, ids);
  const diaryIds = ranked.map((r) => r.candidate.entryId).filter((id): id is string => id !== undefined);
  const diaryText = new Map((await findEntries(ctx.db, diaryIds)).map((e) => [e.id, e.text]));

  const purchases = await latestPurchases(ctx.db, ids);
  const firstLines = new Map<string, { item: string; colour: string | null; size: string | null }>();
  for (const line of await linesOf(
    ctx.db,
    purchases.map((p) => p.id),
  )) {
    if (!firstLines.has(line.entry_id)) firstLines.set(line.entry_id, line);
  }
  const purchaseBy = new Map(purchases.map((p) => [p.customer_id, p]));

  const hits: LookupHit[] = ranked.map(({ row, candidate }) => {
    const phone = phones.find((p) => p.customer_id === row.id) ?? null;
    const purchase = purchaseBy.get(row.id);
    const line = purchase === undefined ? undefined : firstLines.get(purchase.id);
    const text = candidate.entryId === undefined ? candidate.text : snippet(diaryText.get(candidate.entryId) ?? '', input.query);
    return {
      customerId: row.id,
      name: row.name,
      displayAddressAs: displayAddressAs(row, phone?.number ?? null, ctx.locale),
      phoneTail: phone === null ? null : phoneTail(phone.digits),
      lastVisitAt: row.last_visit_at,
      lastPurchase:
        purchase === undefined || line === undefined
          ? null
          : { item: line.item, colour: line.colour, size: line.size, occurredAt: purchase.occurred_at },
      reason: { kind: candidate.kind, text },
    };
  });
  return { hits };
}
