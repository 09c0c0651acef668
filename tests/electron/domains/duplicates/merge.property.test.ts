import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { call, createTestApp, type TestApp } from '../../../helpers/create-test-db';

// Small pools, so that the two customers often share a phone, a like, a person or a date.
const phonePool = ['13800138821', '+86 138 0013 8821', '021-64381234', '13900001111', '13700002222', '852 9844 1370'];
const personArb = fc.record({
  name: fc.constantFrom('小美', '老王', 'Anna'),
  relation: fc.constantFrom('女儿', '先生'),
  note: fc.constantFrom(null, '爱吃甜'),
  link: fc.constantFrom('none', 'bystander', 'partner'),
});
const dateArb = fc.record({
  kind: fc.constantFrom('birthday', 'birthday', 'anniversary'),
  calendar: fc.constantFrom('solar', 'lunar'),
  month: fc.constant(1),
  day: fc.integer({ min: 1, max: 2 }),
  year: fc.constantFrom(null, 1985, 1990),
  person: fc.option(fc.nat(), { nil: undefined }),
});
const entryArb = fc.record({
  kind: fc.constantFrom('note', 'visit', 'purchase', 'gift', 'complaint'),
  daysAgo: fc.integer({ min: 0, max: 900 }),
  price: fc.integer({ min: 1, max: 90_000 }),
});
const sideArb = fc.record({
  name: fc.constantFrom('', '王丽华', '丽华'),
  phones: fc.uniqueArray(fc.constantFrom(...phonePool), { minLength: 1, maxLength: 4 }),
  email: fc.constantFrom(null, 'wang@example.com'),
  address: fc.constantFrom(null, '南京西路 1 号'),
  tags: fc.uniqueArray(fc.constantFrom('VIP', '老客户', '学生'), { maxLength: 2 }),
  createdDaysAgo: fc.integer({ min: 0, max: 900 }),
  referrer: fc.constantFrom('none', 'bystander', 'partner'),
  tier: fc.constantFrom(null, 'vip', 'lost'),
  entries: fc.array(entryArb, { maxLength: 4 }),
  preferences: fc.array(
    fc.record({
      polarity: fc.constantFrom('like', 'dislike'),
      category: fc.constantFrom('colour', 'style'),
      value: fc.constantFrom('藏青', '宽松'),
    }),
    { maxLength: 3 },
  ),
  people: fc.array(personArb, { maxLength: 2 }),
  dates: fc.array(dateArb, { maxLength: 3 }),
  refersBystander: fc.boolean(),
  apartFromBystander: fc.boolean(),
});

type Side = typeof sideArb extends fc.Arbitrary<infer T> ? T : never;
type Row = Record<string, string | number | null>;

const tables = [
  'customers',
  'customer_phones',
  'customer_tags',
  'entries',
  'purchase_lines',
  'entry_details',
  'preferences',
  'key_people',
  'important_dates',
  'kept_apart',
  'search_keys',
  'customer_value',
] as const;

function all(app: TestApp, table: string): Row[] {
  return app.sqlite.prepare(`SELECT * FROM ${table}`).all() as Row[];
}

/** Every table as rows, without the times a write stamps, sorted, to compare a book before and after. */
function snapshot(app: TestApp, skipEntry?: string): Record<string, string[]> {
  return Object.fromEntries(
    tables.map((t) => [
      t,
      all(app, t)
        .filter((r) => !(t === 'entries' && r.id === skipEntry))
        .map((r) => JSON.stringify({ ...r, updated_at: null }))
        .sort(),
    ]),
  );
}

const now = new Date('2026-11-24T09:00:00.000Z').getTime();
const ago = (days: number) => new Date(now - days * 86_400_000).toISOString();

/** Two customers (a survivor and the other), and a bystander they may refer, link to or be kept apart from. */
async function bookOf(app: TestApp, sides: [Side, Side]) {
  const bystander = await call<{ id: string }>(app, 'customers.create', { name: '路人', allowDuplicate: true });
  const ids: string[] = [];
  for (const side of sides) {
    app.clock.set(ago(side.createdDaysAgo));
    const c = await call<{ id: string }>(app, 'customers.create', {
      name: side.name,
      phones: side.phones.map((number) => ({ number })),
      email: side.email,
      address: side.address,
      tags: side.tags,
      referredBy: side.referrer === 'bystander' ? bystander.id : null,
      allowDuplicate: true,
    });
    ids.push(c.id);
  }
  app.clock.set(ago(0));
  const [survivor = '', other = ''] = ids;
  for (const [i, side] of sides.entries()) {
    const id = ids[i] ?? '';
    const partner = ids[1 - i] ?? '';
    if (side.referrer === 'partner') await call(app, 'customers.update', { id, patch: { referredBy: partner } });
    if (side.tier !== null) await call(app, 'customers.setTier', { customerId: id, tier: side.tier, reason: `因为 ${i}` });
    for (const e of side.entries) {
      await call(app, 'entries.add', {
        customerId: id,
        kind: e.kind,
        text: `第 ${e.daysAgo} 天`,
        occurredAt: ago(e.daysAgo),
        ...(e.kind === 'purchase' ? { lines: [{ item: '围巾', unitPriceMinor: e.price }] } : {}),
        ...(e.kind === 'gift' ? { details: { giftItem: '月饼' } } : {}),
        ...(e.kind === 'complaint' ? { details: { remedy: '换货' } } : {}),
      });
    }
    for (const p of side.preferences) await call(app, 'preferences.set', { customerId: id, ...p });
    const people: string[] = [];
    for (const p of side.people) {
      const linked = p.link === 'bystander' ? bystander.id : p.link === 'partner' ? partner : null;
      const person = await call<{ id: string }>(app, 'people.set', {
        customerId: id,
        name: p.name,
        relation: p.relation,
        note: p.note,
        linkedCustomerId: linked,
      });
      people.push(person.id);
    }
    for (const d of side.dates) {
      const personId = d.person === undefined || people.length === 0 ? null : (people[d.person % people.length] ?? null);
      await call(app, 'dates.set', {
        customerId: id,
        kind: d.kind,
        calendar: d.calendar,
        month: d.month,
        day: d.day,
        year: d.year,
        personId,
      });
    }
    if (side.refersBystander) await call(app, 'customers.update', { id: bystander.id, patch: { referredBy: id } });
    if (side.apartFromBystander) await call(app, 'duplicates.keepApart', { customerIds: [id, bystander.id] });
  }
  await call(app, 'customers.list', {});
  return { survivor, other, bystander: bystander.id };
}

const key = (...parts: unknown[]) => JSON.stringify(parts);

/** The rows a merge folds, worked out from the rows alone: the other's exact copies of the survivor's. */
function expectedFolds(app: TestApp, survivor: string, other: string) {
  const of = (table: string, id: string) => all(app, table).filter((r) => r.customer_id === id);
  const personKey = (p: Row) => key(p.name, p.relation, p.linked_customer_id, p.note);
  const survivorPeople = of('key_people', survivor);
  const foldedPeople = new Map(
    of('key_people', other).flatMap((p) => {
      const into = survivorPeople.filter((q) => personKey(q) === personKey(p)).sort((a, b) => String(a.id).localeCompare(String(b.id)))[0];
      return into === undefined ? [] : [[String(p.id), String(into.id)] as const];
    }),
  );
  const dateKey = (d: Row, person: unknown) => key(d.kind, d.calendar, d.month, d.day, d.leap_month, d.label ?? '', person);
  const survivorDates = of('important_dates', survivor)
    .sort((a, b) => String(a.id).localeCompare(String(b.id)))
    .map((d) => ({ key: dateKey(d, d.person_id), year: d.year }));
  let dates = 0;
  for (const d of of('important_dates', other).sort((a, b) => String(a.id).localeCompare(String(b.id)))) {
    const person = d.person_id === null ? null : (foldedPeople.get(String(d.person_id)) ?? d.person_id);
    const into = survivorDates.find((e) => e.key === dateKey(d, person) && (d.year === null || e.year === null || e.year === d.year));
    if (into === undefined) continue;
    if (into.year === null) into.year = d.year;
    dates += 1;
  }
  const prefKey = (p: Row) => key(p.polarity, p.category, p.value);
  const survivorPrefs = new Set(of('preferences', survivor).map(prefKey));
  const preferences = of('preferences', other).filter((p) => survivorPrefs.has(prefKey(p))).length;
  return { people: foldedPeople.size, dates, preferences };
}

function counts(app: TestApp): Record<(typeof tables)[number], number> {
  const n = (t: (typeof tables)[number]) => all(app, t).length;
  return {
    customers: n('customers'),
    customer_phones: n('customer_phones'),
    customer_tags: n('customer_tags'),
    entries: n('entries'),
    purchase_lines: n('purchase_lines'),
    entry_details: n('entry_details'),
    preferences: n('preferences'),
    key_people: n('key_people'),
    important_dates: n('important_dates'),
    kept_apart: n('kept_apart'),
    search_keys: n('search_keys'),
    customer_value: n('customer_value'),
  };
}

describe('merge, as a property', () => {
  it('keeps every fact either customer held, and undoing it gives back the book as it was', async () => {
    await fc.assert(
      fc.asyncProperty(sideArb, sideArb, async (s, o) => {
        const app = await createTestApp();
        try {
          const { survivor, other, bystander } = await bookOf(app, [s, o]);
          const before = counts(app);
          const beforeRows = snapshot(app);
          const folds = expectedFolds(app, survivor, other);
          const phoneDigits = new Set(all(app, 'customer_phones').map((p) => String(p.digits)));
          const tags = new Set(all(app, 'customer_tags').map((t) => String(t.tag)));
          const entryIds = all(app, 'entries').map((e) => e.id);
          const firstSeen = all(app, 'customers')
            .filter((c) => c.id === survivor || c.id === other)
            .map((c) => String(c.created_at))
            .sort()[0];
          const pairs = new Set(
            all(app, 'kept_apart').map((p) => {
              const ends = [p.first_id, p.second_id].map((x) => (x === other ? survivor : String(x))).sort();
              return ends[0] === ends[1] ? null : key(...ends);
            }),
          );
          pairs.delete(null);
          const phonesOf = (id: string) =>
            all(app, 'customer_phones')
              .filter((p) => p.customer_id === id)
              .map((p) => String(p.digits));
          const tagsOf = (id: string) =>
            all(app, 'customer_tags')
              .filter((p) => p.customer_id === id)
              .map((p) => String(p.tag));
          const survivorPhones = phonesOf(survivor);
          const survivorTags = tagsOf(survivor);
          const otherPhones = phonesOf(other);
          const otherTags = tagsOf(other);
          const phonesAfter = survivorPhones.length + new Set(otherPhones.filter((d) => !survivorPhones.includes(d))).size;
          const tagsAfter = new Set([...survivorTags, ...otherTags]).size;

          await call(app, 'customers.merge', { survivorId: survivor, otherId: other, dryRun: false });

          const after = counts(app);
          expect(after).toMatchObject({
            customers: before.customers - 1,
            customer_phones: before.customer_phones - survivorPhones.length - otherPhones.length + phonesAfter,
            customer_tags: before.customer_tags - survivorTags.length - otherTags.length + tagsAfter,
            entries: before.entries + 1,
            purchase_lines: before.purchase_lines,
            entry_details: before.entry_details,
            preferences: before.preferences - folds.preferences,
            key_people: before.key_people - folds.people,
            important_dates: before.important_dates - folds.dates,
            kept_apart: pairs.size,
          });
          expect(new Set(phonesOf(survivor))).toEqual(phoneDigits);
          expect(new Set(tagsOf(survivor))).toEqual(tags);
          expect(all(app, 'entries').map((e) => e.id)).toEqual(expect.arrayContaining(entryIds));
          const kept = all(app, 'customers').find((c) => c.id === survivor);
          expect(kept?.created_at).toBe(firstSeen);
          expect(kept?.referred_by).not.toBe(survivor);
          expect(all(app, 'customers').find((c) => c.id === bystander)?.referred_by).not.toBe(other);
          expect(all(app, 'key_people').filter((p) => p.customer_id === p.linked_customer_id)).toEqual([]);
          expect(app.sqlite.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
          const record = all(app, 'last_merge')[0];
          expect(record).toMatchObject({ survivor_id: survivor, other_id: other });

          await call(app, 'customers.unmerge', { otherId: other });
          const recordEntry = JSON.parse(String(record?.undo)) as { recordEntryId: string };
          expect(snapshot(app, recordEntry.recordEntryId)).toEqual(beforeRows);
          expect(all(app, 'entries').find((e) => e.id === recordEntry.recordEntryId)?.deleted_at).not.toBeNull();
          expect(app.sqlite.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
        } finally {
          await app.close();
        }
      }),
      { numRuns: 80 },
    );
  }, 240_000);
});
