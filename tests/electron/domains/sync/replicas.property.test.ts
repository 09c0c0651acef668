import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredDocument } from '../../../../electron/domains/sync/document-cipher';
import { startOutbox } from '../../../../electron/domains/sync/outbox-triggers';
import { Pouch, type Replica } from '../../../../electron/domains/sync/pouch';
import { pushOutbox, syncOnce } from '../../../../electron/domains/sync/sync-engine.service';
import { checkWithHub } from '../../../../electron/domains/sync/sync-status.service';
import { deleteConfirmation } from '../../../../shared/domain/delete-confirmation';
import { bookText } from '../../../helpers/book-text';
import { call, createTestApp, type TestApp } from '../../../helpers/create-test-db';
import { memoryReplica, startCouchHub } from '../../../helpers/couch-hub';

/**
 * Issue 19, item 8: a hub and three counters working offline at random (customers made, edited,
 * deleted, merged; diary entries added, corrected, trashed; likes; card top-ups), each syncing now and then
 * (a random partition of who has seen what), and crashing between its two stores. After full rounds
 * until nothing moves, the three books hold the same replicated rows, answer lookups the same, have
 * nothing left to send, and keep every write that was acknowledged and not deleted anywhere.
 */

let hub: Awaited<ReturnType<typeof startCouchHub>>;
beforeAll(async () => {
  hub = await startCouchHub();
});
afterAll(async () => {
  await hub.close();
});

const counters = 3;
const givenNames = ['王丽华', '陈美玲', '李四', '张伟', '刘洋'];
const tagPool = ['VIP', '老客', '团购', '新客'];
const notes = ['喜欢藏青色', '买了围巾', '下次试新款', '对羊毛过敏'];
const abouts = ['住在附近', '周末来', '藏青色控', '怕冷'];
const likes = ['藏青色', '丝巾', '淡香水'];
const lookups = ['王', '藏青', 'VIP', '围巾', 'cml', '丝巾', '138'];

const at = fc.nat({ max: counters - 1 });
const pick = fc.nat({ max: 3 });
const tags = fc.uniqueArray(fc.constantFrom(...tagPool), { maxLength: 2 });

/** What a counter does while offline, or its sync with the hub; `who`/`which` pick among what that counter's book holds. */
const operation = fc.oneof(
  { weight: 4, arbitrary: fc.record({ t: fc.constant('create' as const), at, name: pick, tags, phone: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('rename' as const), at, who: pick, name: pick }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('about' as const), at, who: pick, text: pick }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('tags' as const), at, who: pick, tags }) },
  {
    weight: 4,
    arbitrary: fc.record({
      t: fc.constant('entry' as const),
      at,
      who: pick,
      kind: fc.constantFrom('note', 'visit', 'purchase'),
      text: pick,
    }),
  },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('editEntry' as const), at, which: pick, text: pick }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('deleteEntry' as const), at, which: pick }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('deleteCustomer' as const), at, who: pick }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('merge' as const), at, who: pick, other: pick }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('like' as const), at, who: pick, value: pick }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('topUp' as const), at, who: pick, principal: fc.integer({ min: 1, max: 100_000 }) }) },
  { weight: 4, arbitrary: fc.record({ t: fc.constant('sync' as const), at }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('crash' as const), at }) },
);
type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

interface Counter {
  app: TestApp;
  replica: Replica;
}

/** What the counters were told was done (a call that answered ok). */
interface Acknowledged {
  customers: Map<string, string>;
  deletedCustomers: Set<string>;
  /** entry id → its customer */
  entries: Map<string, string>;
  /** movement id → its customer */
  movements: Map<string, string>;
  /** merged customer → the survivor it was merged into */
  merged: Map<string, string>;
}

/** Whom a customer's writes belong to now: themselves, or the survivor of the merges they went into. */
function ownerNow(ack: Acknowledged, customerId: string): string {
  let id = customerId;
  for (let hop = 0; hop < 50 && ack.merged.has(id); hop += 1) id = ack.merged.get(id) ?? id;
  return id;
}

const found = async (app: TestApp, query: string) =>
  (await call<{ hits: { customerId: string }[] }>(app, 'lookup', { query, limit: 50 })).hits.map((h) => h.customerId).sort();

const outboxSize = (app: TestApp) => Number(app.sqlite.prepare('SELECT count(*) FROM sync_outbox').pluck().get());

/** Among what the acting counter's book holds right now, in an order that does not depend on random ids. */
function customersOf(app: TestApp): { id: string; name: string }[] {
  return app.sqlite.prepare('SELECT id, name FROM customers ORDER BY name, id').all() as { id: string; name: string }[];
}
function entriesOf(app: TestApp, live: boolean): string[] {
  return app.sqlite
    .prepare(`SELECT id FROM entries ${live ? 'WHERE deleted_at IS NULL' : ''} ORDER BY text, created_at, id`)
    .pluck()
    .all() as string[];
}
const nth = <T>(items: readonly T[], i: number): T | undefined => (items.length === 0 ? undefined : items[i % items.length]);

/**
 * Every counter syncs, round after round, until a round changes no book. A report counts only what
 * changed in the book, not what the copy handed the hub (a document pushed into the copy before a
 * crash goes out as `pushed: 0`), so the first round, after which the hub holds everything, never
 * counts as quiet: a later round that changes no book is. Answers whether it went quiet.
 */
async function fullRounds(cs: readonly Counter[], hubDb: string, log: string[]): Promise<boolean> {
  for (let round = 0; round < 6; round++) {
    let quiet = round > 0;
    for (const [i, c] of cs.entries()) {
      const report = await syncOnce(c.app.ctx.db, c.replica, hubDb);
      if (report.pushed + report.pulled > 0) quiet = false;
      log.push(`  full round ${round}, counter ${i}: ${JSON.stringify(report)}`);
    }
    if (quiet) return true;
  }
  return false;
}

let run = 0;

/**
 * How customers are deleted.
 * - 'offline': like every other operation, on a counter that may be out of step with the others.
 * - 'in-step': only once every counter is in step, the deletion sent out to all before anyone goes
 *   on, so no counter writes about that customer while the deletion is under way.
 * - 'childless': offline, but only customers no counter ever wrote a diary entry or card movement
 *   for, and once deleted on one counter no counter writes them one (their own document, with its
 *   name, tags and likes, may still be edited elsewhere meanwhile: an edit against a deletion).
 */
type Deletes = 'offline' | 'in-step' | 'childless';

/** One run: a fresh hub database and three fresh counters, the operations, then full rounds and the checks. */
async function scenario(shared: number, ops: readonly Operation[], deletes: Deletes, log: string[]): Promise<void> {
  run += 1;
  const hubDb = hub.url(`replicas-${run}-${Date.now()}`);
  const cs: Counter[] = [];
  try {
    for (let i = 0; i < counters; i++) {
      const app = await createTestApp('zh-CN');
      await startOutbox(app.ctx.db);
      cs.push({ app, replica: memoryReplica<StoredDocument>(`replica-${run}-${i}`) });
    }
    const ack: Acknowledged = {
      customers: new Map(),
      deletedCustomers: new Set(),
      entries: new Map(),
      movements: new Map(),
      merged: new Map(),
    };
    // Customers every counter already knows when the work starts, so that offline work meets
    // (the first with a diary entry, which keeps them from deletion under 'childless').
    const [main] = cs;
    if (main === undefined) throw new Error('no counters');
    for (let i = 0; i < shared; i++) {
      const name = `${givenNames[i % givenNames.length]}S${i}`;
      const made = await call<{ id: string }>(main.app, 'customers.create', {
        name,
        tags: i % 2 === 0 ? ['VIP'] : [],
        phones: i % 2 === 1 ? [{ number: `1390000000${i}` }] : [],
      });
      ack.customers.set(made.id, name);
      if (i === 0) {
        const entry = await call<{ id: string }>(main.app, 'entries.add', { customerId: made.id, kind: 'note', text: '喜欢藏青色' });
        ack.entries.set(entry.id, made.id);
      }
    }
    log.push(`counter 0 made ${shared} customers, then everyone in step:`);
    expect(await fullRounds(cs, hubDb, log), 'full rounds never went quiet').toBe(true);
    let serial = 0;
    for (const op of ops) {
      serial += 1;
      // One clock for the shop: every counter's moves on a minute with each step.
      for (const c of cs) c.app.clock.advance(60_000);
      const c = cs[op.at];
      if (c === undefined) throw new Error('no such counter');
      const { app } = c;
      // A diary entry or top-up goes to a customer deleted nowhere, under 'childless'.
      const writesAbout = op.t === 'entry' || op.t === 'topUp';
      const targets = customersOf(app).filter((x) => deletes !== 'childless' || !writesAbout || !ack.deletedCustomers.has(x.id));
      const customer = 'who' in op ? nth(targets, op.who) : undefined;
      const say = (what: string, ok?: boolean) => log.push(`#${serial} counter ${op.at}: ${what}${ok === false ? ' (refused)' : ''}`);
      switch (op.t) {
        case 'create': {
          const name = `${givenNames[op.name % givenNames.length]}${serial}`;
          const input = { name, tags: op.tags, phones: op.phone ? [{ number: `138${String(serial * 7919).padStart(8, '0')}` }] : [] };
          const r = await app.dispatch('customers.create', input);
          if (r.ok) ack.customers.set((r.value as { id: string }).id, name);
          else throw new Error(`customers.create refused: ${r.error.code} ${r.error.message}`);
          say(`create ${JSON.stringify(input)}`);
          break;
        }
        case 'rename':
        case 'about':
        case 'tags': {
          if (customer === undefined) break;
          const patch =
            op.t === 'rename'
              ? { name: `${givenNames[op.name % givenNames.length]}${serial}` }
              : op.t === 'about'
                ? { about: `${abouts[op.text % abouts.length]}${serial}` }
                : { tags: op.tags };
          const r = await app.dispatch('customers.update', { id: customer.id, patch });
          say(`update ${customer.name} ${JSON.stringify(patch)}`, r.ok);
          break;
        }
        case 'entry': {
          if (customer === undefined) break;
          const text = `${notes[op.text % notes.length]} ${serial}`;
          const lines = op.kind === 'purchase' ? [{ item: '丝巾', colour: '藏青', quantity: 1, unitPriceMinor: 19_900 }] : [];
          const r = await app.dispatch('entries.add', { customerId: customer.id, kind: op.kind, text, lines });
          if (r.ok) ack.entries.set((r.value as { id: string }).id, customer.id);
          say(`entries.add ${op.kind} "${text}" for ${customer.name}`, r.ok);
          break;
        }
        case 'editEntry': {
          const id = nth(entriesOf(app, false), op.which);
          if (id === undefined) break;
          const text = `${notes[op.text % notes.length]} 改${serial}`;
          const r = await app.dispatch('entries.update', { id, patch: { text } });
          say(`entries.update ${id.slice(0, 8)} "${text}"`, r.ok);
          break;
        }
        case 'deleteEntry': {
          const id = nth(entriesOf(app, true), op.which);
          if (id === undefined) break;
          const r = await app.dispatch('entries.delete', { id });
          say(`entries.delete ${id.slice(0, 8)}`, r.ok);
          break;
        }
        case 'deleteCustomer': {
          if (deletes === 'in-step') {
            log.push(`#${serial} everyone in step before a deletion:`);
            expect(await fullRounds(cs, hubDb, log), 'full rounds never went quiet').toBe(true);
          }
          const hasWrites = new Set([...ack.entries.values(), ...ack.movements.values()].map((id) => ownerNow(ack, id)));
          const customer = nth(
            customersOf(app).filter((x) => deletes !== 'childless' || !hasWrites.has(x.id)),
            op.who,
          );
          if (customer === undefined) break;
          const phones = app.sqlite
            .prepare('SELECT number FROM customer_phones WHERE customer_id = ? ORDER BY position')
            .all(customer.id) as {
            number: string;
          }[];
          const confirmName = deleteConfirmation({ ...customer, phones });
          const r = await app.dispatch('customers.delete', { id: customer.id, confirmName });
          if (r.ok) ack.deletedCustomers.add(customer.id);
          say(`customers.delete ${customer.name}`, r.ok);
          if (deletes === 'in-step') expect(await fullRounds(cs, hubDb, log), 'full rounds never went quiet').toBe(true);
          break;
        }
        case 'merge': {
          const other = nth(
            targets.filter((x) => x.id !== customer?.id),
            op.other,
          );
          if (customer === undefined || other === undefined) break;
          const r = await app.dispatch('customers.merge', { survivorId: customer.id, otherId: other.id, dryRun: false });
          if (r.ok) ack.merged.set(other.id, customer.id);
          say(`customers.merge ${other.name} into ${customer.name}`, r.ok);
          break;
        }
        case 'like': {
          if (customer === undefined) break;
          const value = likes[op.value % likes.length] ?? '';
          const r = await app.dispatch('preferences.set', { customerId: customer.id, polarity: 'like', value });
          say(`preferences.set like ${value} for ${customer.name}`, r.ok);
          break;
        }
        case 'topUp': {
          if (customer === undefined) break;
          const r = await app.dispatch('cards.move', { customerId: customer.id, request: { kind: 'top_up', principal: op.principal } });
          if (r.ok) {
            const v = r.value as { movementId: string; entryId: string };
            ack.movements.set(v.movementId, customer.id);
            ack.entries.set(v.entryId, customer.id);
          }
          say(`cards.move top_up ${op.principal} for ${customer.name}`, r.ok);
          break;
        }
        case 'sync': {
          const report = await syncOnce(app.ctx.db, c.replica, hubDb);
          say(`sync ${JSON.stringify(report)}`);
          break;
        }
        case 'crash': {
          // Dies after the copy took the outbox's documents but before the outbox let them go.
          const waiting = app.sqlite.prepare('SELECT doc_id, seq FROM sync_outbox').all() as { doc_id: string; seq: number }[];
          await pushOutbox(app.ctx.db, c.replica);
          const put = app.sqlite.prepare('INSERT OR REPLACE INTO sync_outbox (doc_id, seq) VALUES (?, ?)');
          for (const w of waiting) put.run(w.doc_id, w.seq);
          say(`crash mid-push (${waiting.length} waiting)`);
          break;
        }
      }
    }

    // Everyone comes back online.
    expect(await fullRounds(cs, hubDb, log), 'full rounds never went quiet').toBe(true);

    const [first, ...others] = cs.map((c) => c.app);
    if (first === undefined) throw new Error('no counters');
    for (const app of cs.map((c) => c.app)) expect(outboxSize(app), 'an outbox still holds writes').toBe(0);
    const hubCopy = new Pouch<StoredDocument>(hubDb);
    try {
      for (const [i, c] of cs.entries())
        expect(await checkWithHub(c.app.ctx.db, c.replica, hubCopy), `counter ${i} checked against the hub`).toMatchObject({
          inSync: true,
          waiting: 0,
          unapplied: false,
          differing: 0,
        });
    } finally {
      await hubCopy.close();
    }
    const text = bookText(first);
    for (const app of others) expect(bookText(app)).toBe(text);
    for (const query of lookups) {
      const hits = await found(first, query);
      for (const app of others) expect(await found(app, query), `lookup "${query}"`).toEqual(hits);
    }
    for (const app of cs.map((c) => c.app)) {
      const has = (table: string, column: string, id: string) =>
        app.sqlite.prepare(`SELECT count(*) FROM ${table} WHERE ${column} = ?`).pluck().get(id) !== 0;
      // A customer merged away lives on in their survivor: their writes are kept while it is.
      const kept = (customerId: string) => !ack.deletedCustomers.has(ownerNow(ack, customerId)) && !ack.deletedCustomers.has(customerId);
      for (const [id, name] of ack.customers)
        if (kept(id) && !ack.merged.has(id)) expect(has('customers', 'id', id), `customer ${name} made and never deleted`).toBe(true);
      for (const [id, customerId] of ack.entries)
        if (kept(customerId)) expect(has('entries', 'id', id), `entry ${id} of a customer never deleted`).toBe(true);
      // A merged customer's card lines go with them, by design: the survivor's card gets 'merge' lines bringing their balance.
      for (const [id, customerId] of ack.movements)
        if (kept(customerId) && !ack.merged.has(customerId))
          expect(has('card_movements', 'movement_id', id), `card movement ${id} of a customer never deleted`).toBe(true);
    }
  } finally {
    for (const c of cs) {
      await c.replica.destroy();
      await c.app.close();
    }
  }
}

/** The property over random work of `deletes` kind: a failing run reports the shrunk operations and what each did. */
async function holds(deletes: Deletes, numRuns: number): Promise<void> {
  await fc.assert(
    fc.asyncProperty(fc.nat({ max: 3 }), fc.array(operation, { minLength: 1, maxLength: 25, size: 'max' }), async (shared, ops) => {
      const log: string[] = [];
      try {
        await scenario(shared, ops, deletes, log);
      } catch (e) {
        throw new Error(`${e instanceof Error ? e.message : String(e)}\n--- what happened:\n${log.join('\n')}`, { cause: e });
      }
    }),
    // A failure found late still gets reported inside the test's timeout, shrunk as far as it got.
    { numRuns, interruptAfterTimeLimit: 40_000 },
  );
}

describe('three counters working offline and syncing through a hub at random', () => {
  it(
    'end with the same book, the same lookups, nothing left to send and every acknowledged write kept (property)',
    () => holds('in-step', 20),
    60_000,
  );

  it(
    'do so too when a customer nobody wrote an entry for is deleted offline, against edits of them elsewhere (property)',
    () => holds('childless', 20),
    60_000,
  );

  // Shrunk from random work: a customer deleted on one counter while another, offline, writes them
  // a diary entry. The deletion stands and the entry is set aside as a conflict on both counters
  // (before this was handled, the batch could not commit and both stopped syncing for good).
  it('settle a customer deleted on one counter while another wrote them an entry', async () => {
    await scenario(
      1,
      [
        { t: 'deleteCustomer', at: 0, who: 0 },
        { t: 'entry', at: 2, who: 0, kind: 'note', text: 0 },
      ],
      'offline',
      [],
    );
  }, 60_000);

  // Shrunk by the property in CI: a customer deleted on one counter and edited on another (the edit
  // wins, the customer comes back) while a third trashed one of their entries. A counter that had
  // set the entry aside while the customer was gone took it back when the customer returned only
  // after this was handled; before, its book kept differing.
  it('take back a set-aside entry when its deleted customer comes back through an edit elsewhere', async () => {
    const ops = [
      { t: 'deleteEntry', at: 0, which: 0 },
      { t: 'deleteCustomer', at: 1, who: 1 },
      { t: 'sync', at: 0 },
      { t: 'rename', at: 2, who: 1, name: 0 },
      { t: 'create', at: 1, name: 2, tags: [], phone: true },
      { t: 'create', at: 2, name: 0, tags: ['新客', 'VIP'], phone: false },
      { t: 'rename', at: 1, who: 2, name: 1 },
      { t: 'sync', at: 1 },
      { t: 'entry', at: 0, who: 2, kind: 'note', text: 3 },
      { t: 'tags', at: 0, who: 2, tags: [] },
      { t: 'about', at: 1, who: 2, text: 3 },
      { t: 'topUp', at: 1, who: 3, principal: 68931 },
    ] satisfies Operation[];
    await scenario(3, ops, 'offline', []);
  }, 60_000);

  // Found by the property once customers merged field by field: three counters changing one
  // customer apart each merged and let versions go in their copy after the round had replicated,
  // so the rounds went quiet with a counter's copy still differing from the hub. A round now sends
  // what its own applying decided before it ends.
  it('agree with the hub after three counters changed one customer apart', async () => {
    const ops = [
      { t: 'about', at: 2, who: 2, text: 2 },
      { t: 'tags', at: 0, who: 0, tags: ['新客'] },
      { t: 'tags', at: 1, who: 2, tags: [] },
      { t: 'editEntry', at: 1, which: 0, text: 0 },
      { t: 'rename', at: 0, who: 1, name: 2 },
      { t: 'rename', at: 1, who: 2, name: 1 },
      { t: 'rename', at: 2, who: 0, name: 3 },
      { t: 'sync', at: 1 },
      { t: 'rename', at: 1, who: 2, name: 0 },
      { t: 'entry', at: 2, who: 3, kind: 'visit', text: 2 },
    ] satisfies Operation[];
    await scenario(2, ops, 'childless', []);
  }, 60_000);

  // Shrunk by the property once merges joined it: a customer merged on one counter while another
  // edited them offline.
  it('find the merged customer’s diary under the survivor after another counter edited them offline', async () => {
    const ops = [
      { t: 'merge', at: 0, who: 3, other: 0 },
      { t: 'about', at: 1, who: 0, text: 0 },
    ] satisfies Operation[];
    const log: string[] = [];
    try {
      await scenario(2, ops, 'in-step', log);
    } catch (e) {
      throw new Error(`${e instanceof Error ? e.message : String(e)}\n${log.join('\n')}`, { cause: e });
    }
  }, 60_000);

  // Shrunk by the property: a card holder merged on a counter that then crashed mid-push. Their
  // card lines go with them (the survivor's card gets 'merge' lines), as on one counter.
  it('keep a merged card holder’s balance on the survivor after a crash mid-push', async () => {
    const ops = [
      { t: 'create', at: 2, name: 0, tags: [], phone: false },
      { t: 'topUp', at: 2, who: 0, principal: 1 },
      { t: 'deleteEntry', at: 2, which: 1 },
      { t: 'merge', at: 2, who: 3, other: 3 },
      { t: 'crash', at: 2 },
      { t: 'merge', at: 2, who: 3, other: 0 },
      { t: 'about', at: 0, who: 3, text: 3 },
    ] satisfies Operation[];
    await scenario(1, ops, 'childless', []);
  }, 60_000);

  // Shrunk by the property: merges, deletions and renames of the same customers on three counters.
  it('settle merges, deletions and edits of the same customers on three counters', async () => {
    const ops = [
      { t: 'entry', at: 0, who: 0, kind: 'note', text: 0 },
      { t: 'merge', at: 1, who: 3, other: 0 },
      { t: 'rename', at: 2, who: 2, name: 3 },
      { t: 'deleteCustomer', at: 1, who: 2 },
      { t: 'entry', at: 0, who: 3, kind: 'note', text: 2 },
      { t: 'create', at: 2, name: 0, tags: ['老客', 'VIP'], phone: false },
      { t: 'editEntry', at: 2, which: 1, text: 1 },
      { t: 'entry', at: 0, who: 1, kind: 'note', text: 1 },
      { t: 'entry', at: 2, who: 2, kind: 'purchase', text: 2 },
      { t: 'rename', at: 1, who: 2, name: 2 },
      { t: 'rename', at: 2, who: 0, name: 0 },
      { t: 'create', at: 1, name: 0, tags: ['VIP'], phone: true },
      { t: 'rename', at: 0, who: 3, name: 3 },
      { t: 'rename', at: 0, who: 2, name: 3 },
      { t: 'tags', at: 2, who: 2, tags: [] },
      { t: 'tags', at: 2, who: 0, tags: ['新客', '团购'] },
      { t: 'crash', at: 2 },
      { t: 'entry', at: 1, who: 1, kind: 'visit', text: 1 },
    ] satisfies Operation[];
    const log: string[] = [];
    try {
      await scenario(2, ops, 'in-step', log);
    } catch (e) {
      throw new Error(`${e instanceof Error ? e.message : String(e)}\n${log.join('\n')}`, { cause: e });
    }
  }, 60_000);

  // Item 8 in full: deletions offline like everything else.
  it('end the same when customers are deleted offline like everything else (property)', () => holds('offline', 20), 60_000);
});
