import { sql } from 'kysely';
import { contactKinds, visitKinds } from '../../../shared/domain/entry-kinds';
import type { Db } from '../../db/database';
import { idList } from '../../db/id-list';
import type { Selectable } from 'kysely';
import type { GreetingBatchRow, GreetingChoicesTable, GreetingsTable } from './greetings.table';

export async function noMarketingOf(db: Db, customerIds: string[]): Promise<Set<string>> {
  if (customerIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('greeting_choices')
    .select('customer_id')
    .where('customer_id', 'in', idList(customerIds))
    .where('no_marketing', '=', 1)
    .execute();
  return new Set(rows.map((r) => r.customer_id));
}

export async function setNoMarketing(db: Db, customerId: string, noMarketing: boolean, at: string): Promise<void> {
  const value = noMarketing ? 1 : 0;
  await db
    .insertInto('greeting_choices')
    .values({ customer_id: customerId, no_marketing: value, changed_at: at })
    .onConflict((oc) => oc.column('customer_id').doUpdateSet({ no_marketing: value, changed_at: at }))
    .execute();
}

/** Which of these customers were already sent a greeting for this occasion. */
export async function greetedFor(db: Db, customerIds: string[], occasionId: string): Promise<Set<string>> {
  if (customerIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('greetings')
    .select('customer_id')
    .where('customer_id', 'in', idList(customerIds))
    .where('occasion_id', '=', occasionId)
    .where('outcome', '=', 'sent')
    .execute();
  return new Set(rows.map((r) => r.customer_id));
}

/** The last call, message or gift of each customer (a visit is not reaching out). */
export async function lastReachedOut(db: Db, customerIds: string[]): Promise<Map<string, string>> {
  if (customerIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('entries')
    .select(['customer_id', (eb) => eb.fn.max('occurred_at').as('last')])
    .where('customer_id', 'in', idList(customerIds))
    .where('deleted_at', 'is', null)
    .where('kind', 'in', [...contactKinds])
    .groupBy('customer_id')
    .execute();
  return new Map(rows.map((r) => [r.customer_id, r.last]));
}

/** Customers among these with a complaint not yet resolved. */
export async function withOpenComplaint(db: Db, customerIds: string[]): Promise<Set<string>> {
  if (customerIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('entries as e')
    .leftJoin('entry_details as x', 'x.entry_id', 'e.id')
    .select('e.customer_id')
    .distinct()
    .where('e.customer_id', 'in', idList(customerIds))
    .where('e.kind', '=', 'complaint')
    .where('e.deleted_at', 'is', null)
    .where('x.resolved_on', 'is', null)
    .execute();
  return new Set(rows.map((r) => r.customer_id));
}

/** The latest promise marked kept since `since`, per customer: "what we promised is done". */
export async function keptPromises(db: Db, customerIds: string[], since: string): Promise<Map<string, string>> {
  if (customerIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('entries as e')
    .innerJoin('entry_details as x', 'x.entry_id', 'e.id')
    .select(['e.customer_id', 'e.text', 'e.occurred_at'])
    .where('e.customer_id', 'in', idList(customerIds))
    .where('e.kind', '=', 'promise')
    .where('e.deleted_at', 'is', null)
    .where('x.promise_status', '=', 'kept')
    .where('e.occurred_at', '>=', since)
    .orderBy('e.occurred_at')
    .execute();
  return new Map(rows.map((r) => [r.customer_id, r.text]));
}

export async function insertBatch(db: Db, row: GreetingBatchRow): Promise<void> {
  await db.insertInto('greeting_batches').values(row).execute();
}

export async function findBatch(db: Db, id: string): Promise<GreetingBatchRow | undefined> {
  return db.selectFrom('greeting_batches').selectAll().where('id', '=', id).executeTakeFirst();
}

/** What was done for one customer of a batch; a later decision replaces an earlier one (held, then included). */
export async function saveGreetings(db: Db, rows: GreetingsTable[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('greetings')
    .values(rows)
    .onConflict((oc) =>
      oc.columns(['batch_id', 'customer_id']).doUpdateSet((eb) => ({
        outcome: eb.ref('excluded.outcome'),
        entry_id: eb.ref('excluded.entry_id'),
        at: eb.ref('excluded.at'),
      })),
    )
    .execute();
}

export interface BatchOutcomeRow {
  id: string;
  label: string;
  on_day: string;
  last_at: string;
  greeted: number;
  greeted_back: number;
  others: number;
  others_back: number;
}

/**
 * Per batch with at least one greeting sent, newest first: the greeted and the batch's other
 * customers, and how many of each came back (a visit, purchase or service) within 30 days of the
 * greeting (for those not greeted, of the moment they were skipped or held back).
 */
export async function batchOutcomes(db: Db, limit: number): Promise<BatchOutcomeRow[]> {
  const cameBack = sql<number>`EXISTS (SELECT 1 FROM entries e
    WHERE e.customer_id = g.customer_id AND e.deleted_at IS NULL AND e.kind IN (${sql.join([...visitKinds])})
      AND e.occurred_at > g.at AND e.occurred_at <= strftime('%Y-%m-%dT%H:%M:%fZ', g.at, '+30 days'))`;
  const result = await sql<BatchOutcomeRow>`
    SELECT b.id, b.label, b.on_day, max(g.at) AS last_at,
      sum(g.outcome = 'sent') AS greeted,
      sum(g.outcome = 'sent' AND ${cameBack}) AS greeted_back,
      sum(g.outcome <> 'sent') AS others,
      sum(g.outcome <> 'sent' AND ${cameBack}) AS others_back
    FROM greeting_batches b JOIN greetings g ON g.batch_id = b.id
    GROUP BY b.id HAVING sum(g.outcome = 'sent') > 0
    ORDER BY b.created_at DESC, b.id DESC LIMIT ${limit}`.execute(db);
  return result.rows;
}

/**
 * A customer's sent greetings, newest first (the first is the recall card's "last greeted"); a
 * few a year per customer, so all of them. `entry_id` is the diary message each one wrote.
 */
export async function sentGreetingsOf(db: Db, customerId: string): Promise<{ entry_id: string | null; label: string; at: string }[]> {
  return db
    .selectFrom('greetings as g')
    .innerJoin('greeting_batches as b', 'b.id', 'g.batch_id')
    .select(['g.entry_id', 'b.label', 'g.at'])
    .where('g.customer_id', '=', customerId)
    .where('g.outcome', '=', 'sent')
    .orderBy('g.at', 'desc')
    .execute();
}

/** Every greeting row of these customers and their choices, as stored: for the JSON archive. */
export async function greetingRowsOf(
  db: Db,
  customerIds: string[],
): Promise<{ choices: Selectable<GreetingChoicesTable>[]; greetings: GreetingsTable[] }> {
  if (customerIds.length === 0) return { choices: [], greetings: [] };
  const [choices, greetings] = await Promise.all([
    db.selectFrom('greeting_choices').selectAll().where('customer_id', 'in', idList(customerIds)).execute(),
    db.selectFrom('greetings').selectAll().where('customer_id', 'in', idList(customerIds)).orderBy('at').orderBy('id').execute(),
  ]);
  return { choices, greetings };
}

export async function allBatches(db: Db): Promise<GreetingBatchRow[]> {
  return db.selectFrom('greeting_batches').selectAll().orderBy('created_at').orderBy('id').execute();
}

/**
 * An archive's greetings as stored, where the book has none of them yet: a customer's own choice
 * already in the book is theirs and stays; batches and greetings already there stay as they are.
 */
export async function insertGreetingRows(
  db: Db,
  rows: { choices: Selectable<GreetingChoicesTable>[]; batches: GreetingBatchRow[]; greetings: GreetingsTable[] },
): Promise<void> {
  for (const [table, list] of [
    ['greeting_choices', rows.choices],
    ['greeting_batches', rows.batches],
    ['greetings', rows.greetings],
  ] as const) {
    for (let i = 0; i < list.length; i += 500)
      await db
        .insertInto(table)
        .values(list.slice(i, i + 500))
        .onConflict((oc) => oc.doNothing())
        .execute();
  }
}
