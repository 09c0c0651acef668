import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { refreshValues } from '../../../../electron/domains/value/value.service';
import { writeSetting, deleteSetting } from '../../../../electron/domains/settings/settings.repository';
import { addDays } from '../../../../shared/domain/calendar-date';
import { createTestDb } from '../../../helpers/create-test-db';

const firstDay = '2026-06-15';

/** An instant `offset` days from firstDay at `hour` UTC: with the zones below it falls on either side of a shop's midnight. */
const at = (offset: number, hour: number) => `${addDays(firstDay, offset)}T${String(hour).padStart(2, '0')}:30:00.000Z`;

const customerArb = fc.record({
  created: fc.integer({ min: -300, max: 40 }),
  gap: fc.option(fc.double({ min: 1, max: 60, noNaN: true }), { nil: null }),
  override: fc.option(fc.constantFrom('vip', 'lost'), { nil: null, freq: 6 }),
  archived: fc.boolean(),
});
const entryArb = fc.record({
  customer: fc.nat(),
  kind: fc.constantFrom('visit', 'purchase', 'purchase', 'service', 'note'),
  day: fc.integer({ min: -400, max: 60 }),
  hour: fc.integer({ min: 0, max: 23 }),
  deleted: fc.boolean(),
  amounts: fc.array(fc.option(fc.integer({ min: 0, max: 50_000 }), { nil: null }), { minLength: 1, maxLength: 2 }),
});
const writeArb = fc.oneof(
  fc.record({ op: fc.constant('entry' as const), entry: entryArb }),
  fc.record({ op: fc.constant('forget' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('redate' as const), pick: fc.nat(), day: fc.integer({ min: -400, max: 60 }) }),
  fc.record({ op: fc.constant('gap' as const), customer: fc.nat(), gap: fc.double({ min: 1, max: 60, noNaN: true }) }),
  fc.record({ op: fc.constant('archive' as const), customer: fc.nat(), archived: fc.boolean() }),
  fc.record({ op: fc.constant('customer' as const), customer: customerArb }),
);
const rulesArb = fc.record({
  timeZone: fc.constantFrom('Asia/Shanghai', 'America/Los_Angeles', 'Asia/Kolkata', 'UTC'),
  valueWindowDays: fc.integer({ min: 30, max: 365 }),
  newWithinDays: fc.integer({ min: 1, max: 90 }),
  atRiskAfterDays: fc.integer({ min: 5, max: 90 }),
  lostAfterDays: fc.integer({ min: 30, max: 365 }),
  loyalVisits: fc.integer({ min: 1, max: 4 }),
  vipTopPercent: fc.integer({ min: 5, max: 60 }),
});

type Customer = ReturnType<typeof customerArb.generate>['value'];
type Entry = ReturnType<typeof entryArb.generate>['value'];
type Sqlite = Awaited<ReturnType<typeof createTestDb>>['sqlite'];

function addCustomer(sqlite: Sqlite, id: string, c: Customer): void {
  sqlite
    .prepare(
      `INSERT INTO customers (id, name, created_at, updated_at, median_gap_days, tier_override, tier_override_reason, archived_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(id, id, at(c.created, 3), at(c.created, 3), c.gap, c.override, c.override === null ? null : 'why', c.archived ? at(0, 1) : null);
}

function addEntry(sqlite: Sqlite, id: string, customer: string, e: Entry): void {
  sqlite
    .prepare('INSERT INTO entries (id, customer_id, occurred_at, kind, deleted_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(id, customer, at(e.day, e.hour), e.kind, e.deleted ? at(0, 1) : null, at(0, 1), at(0, 1));
  if (e.kind !== 'purchase') return;
  e.amounts.forEach((amount, i) =>
    sqlite
      .prepare(
        `INSERT INTO purchase_lines (id, entry_id, position, item, quantity, unit_price_minor, amount_minor, currency) VALUES (?, ?, ?, 'x', 2, ?, ?, 'CNY')`,
      )
      .run(`${id}-${i}`, id, i, amount === null ? 700 : null, amount),
  );
}

/** What a pass leaves behind: every value row, the day's tier counts and the baseline. */
function snapshot(sqlite: Sqlite, day: string) {
  return {
    values: sqlite.prepare('SELECT * FROM customer_value ORDER BY customer_id').all(),
    counts: sqlite.prepare('SELECT tier, customers FROM tier_history WHERE day = ? ORDER BY tier').all(day),
    baseline: sqlite.prepare("SELECT key, value FROM settings WHERE key IN ('value.vipMinSpend', 'value.medianSpend') ORDER BY key").all(),
  };
}

describe('catching the values up from the last pass', () => {
  it('leaves exactly what a whole-book pass leaves, whatever was written and however many days passed', async () => {
    await fc.assert(
      fc.asyncProperty(
        rulesArb,
        fc.array(customerArb, { minLength: 1, maxLength: 14 }),
        fc.array(entryArb, { maxLength: 50 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 120 }), fc.array(writeArb, { maxLength: 8 })), { minLength: 1, maxLength: 3 }),
        async (rules, customers, entries, steps) => {
          const { db, sqlite } = await createTestDb();
          for (const [key, value] of Object.entries(rules)) await writeSetting(db, key, String(value));
          const ids = customers.map((c, i) => {
            addCustomer(sqlite, `c${i}`, c);
            return `c${i}`;
          });
          const entryIds: string[] = [];
          const write = (id: string, e: Entry) => {
            addEntry(sqlite, id, ids[e.customer % ids.length] ?? 'c0', e);
            entryIds.push(id);
          };
          entries.forEach((e, i) => write(`e${i}`, e));
          let day = firstDay;
          expect(await refreshValues(db, day)).toBe('whole book');
          for (const [s, [days, writes]] of steps.entries()) {
            for (const [w, change] of writes.entries()) {
              const pickEntry = (n: number) => entryIds[n % Math.max(1, entryIds.length)] ?? '';
              if (change.op === 'entry') write(`s${s}w${w}`, change.entry);
              else if (change.op === 'forget')
                sqlite.prepare('UPDATE entries SET deleted_at = ? WHERE id = ?').run(at(0, 2), pickEntry(change.pick));
              else if (change.op === 'redate')
                sqlite.prepare('UPDATE entries SET occurred_at = ? WHERE id = ?').run(at(change.day, 12), pickEntry(change.pick));
              else if (change.op === 'gap')
                sqlite.prepare('UPDATE customers SET median_gap_days = ? WHERE id = ?').run(change.gap, ids[change.customer % ids.length]);
              else if (change.op === 'archive')
                sqlite
                  .prepare('UPDATE customers SET archived_at = ? WHERE id = ?')
                  .run(change.archived ? at(0, 2) : null, ids[change.customer % ids.length]);
              else {
                ids.push(`s${s}c${w}`);
                addCustomer(sqlite, `s${s}c${w}`, change.customer);
              }
            }
            day = addDays(day, days);
            expect(await refreshValues(db, day)).toBe('caught up');
            const caughtUp = snapshot(sqlite, day);
            await deleteSetting(db, 'value.rulesUsed');
            expect(await refreshValues(db, day)).toBe('whole book');
            expect(caughtUp).toEqual(snapshot(sqlite, day));
          }
          await db.destroy();
        },
      ),
      { numRuns: 150 },
    );
  }, 120_000);

  it('relabels a customer nobody wrote about when a purchase elsewhere moves the VIP line past them', async () => {
    const { db, sqlite } = await createTestDb();
    await writeSetting(db, 'vipTopPercent', '25');
    await writeSetting(db, 'timeZone', 'UTC');
    await writeSetting(db, 'atRiskAfterDays', '200');
    const spends: [string, number][] = [
      ['a', 1000],
      ['b', 900],
      ['c', 100],
      ['d', 50],
    ];
    for (const [id, spend] of spends) {
      addCustomer(sqlite, id, { created: -100, gap: null, override: null, archived: false });
      addEntry(sqlite, `e${id}`, id, { customer: 0, kind: 'purchase', day: -100, hour: 10, deleted: false, amounts: [spend] });
    }
    await refreshValues(db, firstDay);
    const tierOf = (id: string) => sqlite.prepare('SELECT tier FROM customer_value WHERE customer_id = ?').pluck().get(id);
    expect(tierOf('a')).toBe('vip');
    addEntry(sqlite, 'more', 'd', { customer: 0, kind: 'purchase', day: 0, hour: 10, deleted: false, amounts: [2000] });
    expect(await refreshValues(db, addDays(firstDay, 1))).toBe('caught up');
    // Only d was written about; a (1,000, still above the new median of 950) is no longer the top spender.
    expect([tierOf('a'), tierOf('d')]).toEqual(['regular', 'vip']);
    await db.destroy();
  });

  it('recomputes the whole book when the rules changed, the day went back, or the values were invalidated', async () => {
    const { db } = await createTestDb();
    expect(await refreshValues(db, firstDay)).toBe('whole book');
    expect(await refreshValues(db, addDays(firstDay, 1))).toBe('caught up');
    expect(await refreshValues(db, firstDay)).toBe('whole book');
    await writeSetting(db, 'lostAfterDays', '200');
    expect(await refreshValues(db, addDays(firstDay, 1))).toBe('whole book');
    await deleteSetting(db, 'value.computedOn');
    expect(await refreshValues(db, addDays(firstDay, 2))).toBe('whole book');
    await db.destroy();
  });
});
