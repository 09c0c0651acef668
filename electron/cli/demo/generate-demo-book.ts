import { normalizePhone } from '../../../shared/domain/phone';
import type { NewCustomerRow, PhoneRow } from '../../domains/customers/customers.table';
import type { EntryDetailsRow, NewEntryRow, NewPurchaseLineRow } from '../../domains/entries/entries.table';
import type { NewPreferenceRow } from '../../domains/preferences/preferences.table';
import type { NewImportantDateRow, NewKeyPersonRow } from '../../domains/care/care.table';
import { localDayOf, addDays } from '../../../shared/domain/calendar-date';
import type { Random } from './random';
import * as words from './vocabulary';

export interface DemoCustomer {
  customer: NewCustomerRow;
  phones: PhoneRow[];
  tags: { customer_id: string; tag: string }[];
  entries: NewEntryRow[];
  lines: NewPurchaseLineRow[];
  preferences: NewPreferenceRow[];
  details: EntryDetailsRow[];
  people: NewKeyPersonRow[];
  dates: NewImportantDateRow[];
}

const day = 86_400_000;
const twoYears = 730 * day;

function nameOf(random: Random): { name: string; gender: 'female' | 'male' | null; region: 'cn' | 'tw' | 'en' } {
  const roll = random.next();
  const gender = random.chance(0.15) ? null : random.chance(0.6) ? 'female' : 'male';
  if (roll < 0.6) return { name: random.pick(words.surnamesSimplified) + random.pick(words.givenSimplified), gender, region: 'cn' };
  if (roll < 0.8) return { name: random.pick(words.surnamesTraditional) + random.pick(words.givenTraditional), gender, region: 'tw' };
  return { name: `${random.pick(words.englishFirst)} ${random.pick(words.englishLast)}`, gender, region: 'en' };
}

function phoneOf(random: Random, region: 'cn' | 'tw' | 'en'): string {
  const digits = (n: number) => Array.from({ length: n }, () => random.int(0, 9)).join('');
  if (region === 'tw') return `09${digits(2)}-${digits(3)}-${digits(3)}`;
  if (region === 'en')
    return random.chance(0.5) ? `+852 ${random.pick(['5', '6', '9'])}${digits(3)} ${digits(4)}` : `+44 7${digits(3)} ${digits(6)}`;
  const mobile = `1${random.pick(['3', '5', '7', '8', '9'])}${digits(9)}`;
  return random.pick([mobile, `${mobile.slice(0, 3)} ${mobile.slice(3, 7)} ${mobile.slice(7)}`, `+86 ${mobile}`]);
}

/**
 * One realistic customer with about ten diary entries spread over two years before `now`:
 * visits and purchases (with lines), calls, notes, and a few likes and dislikes.
 */
export function generateCustomer(random: Random, now: number, currency: string, earlier: readonly string[] = []): DemoCustomer {
  const { name, gender, region } = nameOf(random);
  const createdMs = now - random.int(0, twoYears);
  const id = random.id(createdMs);
  const created = new Date(createdMs).toISOString();
  const phones = phonesOf(random, id, region);
  const { entries, lines, visits } = historyOf(random, id, createdMs, now, currency);
  const preferences = preferencesOf(random, id, createdMs, created);
  const tagList = random.chance(0.3) ? [random.pick(words.tags)] : [];
  // Drawn last so the rest of each customer stays as earlier demo books had it.
  const details: EntryDetailsRow[] = [];
  addComplaint(random, id, createdMs, now, entries, details);
  const referredBy = earlier.length > 0 && random.chance(0.08) ? random.pick(earlier) : null;
  // Drawn after everything above, so earlier demo books keep their customers: the morning list's
  // material (birthdays, some in the coming week, key people, promises and follow-ups due).
  const { people, dates } = careOf(random, id, now, created);
  const todayDay = localDayOf(new Date(now));
  addOpenPromise(random, id, now, todayDay, entries, details);
  addFollowUp(random, todayDay, entries, details);
  return {
    customer: customerRow(random, { id, name, gender, referredBy, visits, created }),
    phones,
    tags: tagList.map((tag) => ({ customer_id: id, tag })),
    entries,
    lines,
    preferences,
    details,
    people,
    dates,
  };
}

function phonesOf(random: Random, customerId: string, region: 'cn' | 'tw' | 'en'): PhoneRow[] {
  const phoneCount = random.chance(0.1) ? 0 : random.chance(0.1) ? 2 : 1;
  return Array.from({ length: phoneCount }, (_, position) => {
    const number = phoneOf(random, region);
    return { customer_id: customerId, position, label: null, number, digits: normalizePhone(number) };
  });
}

/** The customer's everyday entries (visits, purchases with their lines, calls, notes, messages). */
function historyOf(
  random: Random,
  customerId: string,
  createdMs: number,
  now: number,
  currency: string,
): { entries: NewEntryRow[]; lines: NewPurchaseLineRow[]; visits: string[] } {
  const entries: NewEntryRow[] = [];
  const lines: NewPurchaseLineRow[] = [];
  const entryCount = random.int(2, 18);
  const visits: string[] = [];
  for (let i = 0; i < entryCount; i += 1) {
    const at = new Date(createdMs + random.int(0, now - createdMs)).toISOString();
    const kind = random.pick(['visit', 'visit', 'purchase', 'purchase', 'purchase', 'call', 'note', 'message'] as const);
    const entryId = random.id(Date.parse(at));
    const text = entryTextOf(random, kind);
    entries.push({ id: entryId, customer_id: customerId, occurred_at: at, kind, text, deleted_at: null, created_at: at, updated_at: at });
    if (kind === 'visit' || kind === 'purchase') visits.push(at);
    if (kind === 'purchase') lines.push(...purchaseLinesOf(random, entryId, at, currency));
  }
  return { entries, lines, visits };
}

function entryTextOf(random: Random, kind: 'visit' | 'purchase' | 'call' | 'note' | 'message'): string {
  if (kind === 'visit') return random.pick(words.visitLines);
  if (kind === 'purchase') return random.chance(0.7) ? random.pick(words.purchaseLines) : '';
  if (kind === 'note') return random.pick(words.noteLines);
  return random.pick(words.callLines);
}

function purchaseLinesOf(random: Random, entryId: string, at: string, currency: string): NewPurchaseLineRow[] {
  const lines: NewPurchaseLineRow[] = [];
  const count = random.int(1, 3);
  for (let position = 0; position < count; position += 1) {
    const item = random.pick(words.items);
    const quantity = random.chance(0.85) ? 1 : 2;
    lines.push({
      id: random.id(Date.parse(at)),
      entry_id: entryId,
      position,
      item: item.name,
      colour: random.chance(0.8) ? random.pick(words.colours) : null,
      size: random.chance(0.7) ? random.pick(words.sizes) : null,
      quantity,
      unit_price_minor: item.price,
      amount_minor: item.price * quantity,
      currency,
    });
  }
  return lines;
}

function preferencesOf(random: Random, customerId: string, createdMs: number, created: string): NewPreferenceRow[] {
  const preferences: NewPreferenceRow[] = [];
  for (let i = random.int(0, 3); i > 0; i -= 1) {
    const like = random.chance(0.65);
    preferences.push({
      id: random.id(createdMs),
      customer_id: customerId,
      polarity: like ? 'like' : 'dislike',
      category: random.pick(['colour', 'style', 'other'] as const),
      value: random.pick(like ? words.likes : words.dislikes),
      created_at: created,
      updated_at: created,
    });
  }
  return preferences;
}

/** A complaint for a few customers, most of them resolved within ten days. */
function addComplaint(
  random: Random,
  customerId: string,
  createdMs: number,
  now: number,
  entries: NewEntryRow[],
  details: EntryDetailsRow[],
): void {
  if (!random.chance(0.04)) return;
  const at = new Date(createdMs + random.int(0, now - createdMs)).toISOString();
  const entryId = random.id(Date.parse(at));
  entries.push({
    id: entryId,
    customer_id: customerId,
    occurred_at: at,
    kind: 'complaint',
    text: random.pick(words.complaintLines),
    deleted_at: null,
    created_at: at,
    updated_at: at,
  });
  const resolvedOn = random.chance(0.85) ? addDays(localDayOf(new Date(at)), random.int(0, 10)) : null;
  details.push(detailsRow(entryId, { remedy: resolvedOn === null ? null : random.pick(words.remedies), resolved_on: resolvedOn }));
}

/** An open promise for a few customers, due from five days ago to three days ahead. */
function addOpenPromise(
  random: Random,
  customerId: string,
  now: number,
  todayDay: string,
  entries: NewEntryRow[],
  details: EntryDetailsRow[],
): void {
  if (!random.chance(0.05)) return;
  const at = new Date(now - random.int(1, 20) * day).toISOString();
  const entryId = random.id(Date.parse(at));
  entries.push({
    id: entryId,
    customer_id: customerId,
    occurred_at: at,
    kind: 'promise',
    text: random.pick(words.promiseLines),
    deleted_at: null,
    created_at: at,
    updated_at: at,
  });
  details.push(detailsRow(entryId, { promise_due: addDays(todayDay, random.int(-5, 3)), promise_status: 'open' }));
}

/** A follow-up on the last purchase for a few customers, due around today. */
function addFollowUp(random: Random, todayDay: string, entries: readonly NewEntryRow[], details: EntryDetailsRow[]): void {
  const lastPurchase = entries.filter((e) => e.kind === 'purchase').sort((a, b) => (a.occurred_at < b.occurred_at ? 1 : -1))[0];
  if (lastPurchase !== undefined && random.chance(0.06) && !details.some((d) => d.entry_id === lastPurchase.id)) {
    details.push(detailsRow(lastPurchase.id, { follow_up_on: addDays(todayDay, random.int(-4, 2)) }));
  }
}

/** The customer's own row; its email and company are drawn here, after all the rest. */
function customerRow(
  random: Random,
  drawn: {
    id: string;
    name: string;
    gender: 'female' | 'male' | null;
    referredBy: string | null;
    visits: readonly string[];
    created: string;
  },
): NewCustomerRow {
  const { id, name, gender, referredBy, visits, created } = drawn;
  return {
    id,
    name,
    address_as: null,
    gender,
    email: random.chance(0.2) ? `customer${random.int(1000, 999_999)}@example.com` : null,
    address: null,
    company: random.chance(0.15) ? random.pick(words.companies) : null,
    title: null,
    about: null,
    referred_by: referredBy,
    last_visit_at: visits.length === 0 ? null : visits.reduce((a, b) => (a > b ? a : b)),
    archived_at: null,
    created_at: created,
    updated_at: created,
  };
}

function detailsRow(entryId: string, set: Partial<EntryDetailsRow>): EntryDetailsRow {
  return {
    entry_id: entryId,
    remedy: null,
    resolved_on: null,
    promise_due: null,
    promise_status: null,
    gift_item: null,
    gift_occasion: null,
    satisfaction: null,
    follow_up_on: null,
    follow_up_done_at: null,
    ...set,
  };
}

/** A birthday for about a third (some in the coming week, a fifth of them lunar), and key people for some. */
function careOf(
  random: Random,
  customerId: string,
  now: number,
  created: string,
): { people: NewKeyPersonRow[]; dates: NewImportantDateRow[] } {
  const people: NewKeyPersonRow[] = [];
  const dates: NewImportantDateRow[] = [];
  const date = (personId: string | null, month: number, dayOfMonth: number, calendar: 'solar' | 'lunar', year: number | null) =>
    dates.push({
      id: random.id(now),
      customer_id: customerId,
      person_id: personId,
      kind: 'birthday',
      label: null,
      calendar,
      year,
      month,
      day: dayOfMonth,
      leap_month: 0,
      created_at: created,
      updated_at: created,
    });
  if (random.chance(0.35)) {
    const soon = random.chance(0.1) ? new Date(now + random.int(0, 6) * day) : null;
    const lunar = soon === null && random.chance(0.2);
    date(
      null,
      soon === null ? random.int(1, 12) : soon.getUTCMonth() + 1,
      soon === null ? random.int(1, lunar ? 30 : 28) : soon.getUTCDate(),
      lunar ? 'lunar' : 'solar',
      random.chance(0.5) ? random.int(1960, 2002) : null,
    );
  }
  if (random.chance(0.12)) {
    const who = random.pick(words.people);
    const personId = random.id(now);
    people.push({
      id: personId,
      customer_id: customerId,
      name: who.name,
      relation: who.relation,
      linked_customer_id: null,
      note: null,
      created_at: created,
      updated_at: created,
    });
    if (random.chance(0.5))
      date(personId, random.int(1, 12), random.int(1, 28), 'solar', random.chance(0.6) ? random.int(2008, 2022) : null);
  }
  return { people, dates };
}
