import { sql } from 'kysely';
import type { Db } from '../../db/database';
import { idList } from '../../db/id-list';
import type { LastMergeRow } from './duplicates.table';
import type { MergeFolds } from './merge-folds';

/**
 * Every column in the book that names a customer, and what a merge does with it. A test reads the
 * schema and fails when a table gains a customer column that is not listed here (and handled).
 */
export const customerReferences = {
  'customers.referred_by': 'the survivor takes the other’s referrer if it had none; whoever the other referred now points to the survivor',
  'customer_phones.customer_id': 'every number of both, each once, the survivor’s first',
  'customer_tags.customer_id': 'every tag of both',
  'entries.customer_id': 'moved (purchase lines and details go with their entry)',
  'entry_docs.customer_id': 'moved with the entries, so their diary text is found under the survivor',
  'preferences.customer_id': 'moved, exact duplicates folded',
  'key_people.customer_id': 'moved, exact duplicates folded (their dates then point to the survivor’s same person)',
  'key_people.linked_customer_id': 're-pointed to the survivor; a link to oneself is cleared',
  'important_dates.customer_id': 'moved, exact duplicates folded (a missing year is filled)',
  'kept_apart.first_id': 're-pointed to the survivor, never a pair with oneself',
  'kept_apart.second_id': 're-pointed to the survivor, never a pair with oneself',
  'search_keys.customer_id': 'rebuilt for the survivor, gone for the other',
  'customer_value.customer_id': 'recomputed for the survivor, gone for the other',
  'last_merge.survivor_id': 'replaced by this merge',
  'care_marks.customer_id': 'moved, so what was done about their Today items stays done',
  'value_changes.customer_id': 'left as the triggers noted both: the next value pass recomputes the survivor and drops the other',
  'member_cards.customer_id':
    'the survivor keeps their card and number (one without a card or number takes the other’s); the other’s card goes with them, kept in the undo record',
  'punch_cards.customer_id': 'each with uses left is copied to the survivor (new id), brought in by a merge line; the other’s go with them',
  'card_movements.customer_id':
    'never moved (the ledger is not edited): the survivor gets merge lines bringing each purse, the other’s lines go with them and come back on undo',
  'greeting_choices.customer_id': 'a wish for no marketing is never lost: the survivor takes it when either said so; undo puts both back',
  'greetings.customer_id':
    'moved, so "already greeted" still holds; one in a batch the survivor was also in goes with the other and comes back on undo',
} as const;

export interface MovedRecords {
  entries: string[];
  preferences: string[];
  people: string[];
  dates: { id: string; person_id: string | null }[];
  /** Customers the other had referred. */
  referrals: string[];
  /** Key people (of anyone else) linked to the other. */
  linkedToOther: string[];
  /** The survivor's people linked to the other, and the other's linked to the survivor: cleared, as nobody is their own key person. */
  selfLinks: { id: string; linked: string }[];
  /** The other's kept-apart pairs, by the customer on the far side. */
  keptApart: { with: string; created_at: string }[];
  /** What was done about their Today items (absent in undo records saved before marks existed). */
  careMarks?: string[];
  /** The other's greetings that moved (absent in undo records saved before greetings existed). */
  greetings?: string[];
  /** Each one's no-marketing choice before the merge (null: none recorded). */
  marketing?: { survivor: number | null; other: number | null };
}

const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

/** What belongs to `from` and will move (the folded rows excepted), read before anything changes. */
export async function recordsToMove(db: Db, from: string, to: string, folds: MergeFolds): Promise<MovedRecords> {
  const folded = new Set([...folds.people, ...folds.dates, ...folds.preferences].map((f) => f.id));
  const keep = <T extends { id: string }>(rows: T[]) => rows.filter((r) => !folded.has(r.id));
  const [entries, preferences, people, dates, referrals, linked, pairs, marks, greetings, choices] = await Promise.all([
    db.selectFrom('entries').select('id').where('customer_id', '=', from).orderBy('id').execute(),
    db.selectFrom('preferences').select('id').where('customer_id', '=', from).orderBy('id').execute(),
    db.selectFrom('key_people').select('id').where('customer_id', '=', from).orderBy('id').execute(),
    db.selectFrom('important_dates').select(['id', 'person_id']).where('customer_id', '=', from).orderBy('id').execute(),
    db.selectFrom('customers').select('id').where('referred_by', '=', from).where('id', '!=', to).orderBy('id').execute(),
    db
      .selectFrom('key_people')
      .select(['id', 'customer_id', 'linked_customer_id'])
      .where((eb) =>
        eb.or([eb('linked_customer_id', '=', from), eb.and([eb('customer_id', '=', from), eb('linked_customer_id', '=', to)])]),
      )
      .orderBy('id')
      .execute(),
    sql<{ with: string; created_at: string }>`
      SELECT CASE WHEN first_id = ${from} THEN second_id ELSE first_id END AS "with", created_at
      FROM kept_apart WHERE (first_id = ${from} OR second_id = ${from})`.execute(db),
    db.selectFrom('care_marks').select('id').where('customer_id', '=', from).orderBy('id').execute(),
    // A batch holds one greeting per customer: the other's in a batch the survivor was also in stays with the other.
    sql<{ id: string }>`SELECT id FROM greetings g WHERE customer_id = ${from}
      AND NOT EXISTS (SELECT 1 FROM greetings s WHERE s.customer_id = ${to} AND s.batch_id = g.batch_id) ORDER BY id`.execute(db),
    db
      .selectFrom('greeting_choices')
      .select(['customer_id', 'no_marketing'])
      .where('customer_id', 'in', idList([from, to]))
      .execute(),
  ]);
  const choiceOf = (id: string) => choices.find((c) => c.customer_id === id)?.no_marketing ?? null;
  const selfLink = (p: (typeof linked)[number]) => p.customer_id === to || p.customer_id === from;
  return {
    entries: ids(entries),
    preferences: ids(keep(preferences)),
    people: ids(keep(people)),
    dates: keep(dates),
    referrals: ids(referrals),
    linkedToOther: ids(linked.filter((p) => !selfLink(p))),
    selfLinks: linked.filter(selfLink).map((p) => ({ id: p.id, linked: p.linked_customer_id ?? '' })),
    keptApart: pairs.rows,
    careMarks: ids(marks),
    greetings: ids(greetings.rows),
    marketing: { survivor: choiceOf(to), other: choiceOf(from) },
  };
}

/** Folds the other's duplicates into the survivor's rows: their dates follow a folded person, a missing year is filled. */
export async function foldDuplicates(db: Db, folds: MergeFolds): Promise<void> {
  for (const p of folds.people) await db.updateTable('important_dates').set({ person_id: p.into }).where('person_id', '=', p.id).execute();
  for (const d of folds.dates)
    if (d.fillYear !== null) await db.updateTable('important_dates').set({ year: d.fillYear }).where('id', '=', d.into).execute();
  const gone = (list: { id: string }[]) => idList(list.map((f) => f.id));
  if (folds.dates.length > 0) await db.deleteFrom('important_dates').where('id', 'in', gone(folds.dates)).execute();
  if (folds.people.length > 0) await db.deleteFrom('key_people').where('id', 'in', gone(folds.people)).execute();
  if (folds.preferences.length > 0) await db.deleteFrom('preferences').where('id', 'in', gone(folds.preferences)).execute();
}

/** Moves everything that belongs to `from` over to `to`; the caller deletes `from` afterwards. */
export async function moveCustomerRecords(db: Db, from: string, to: string, moved: MovedRecords): Promise<void> {
  for (const table of ['entries', 'entry_docs', 'preferences', 'key_people', 'important_dates', 'care_marks'] as const)
    await db.updateTable(table).set({ customer_id: to }).where('customer_id', '=', from).execute();
  if (moved.selfLinks.length > 0)
    await db
      .updateTable('key_people')
      .set({ linked_customer_id: null })
      .where('id', 'in', idList(moved.selfLinks.map((p) => p.id)))
      .execute();
  await db.updateTable('key_people').set({ linked_customer_id: to }).where('linked_customer_id', '=', from).execute();
  await db.updateTable('customers').set({ referred_by: to }).where('referred_by', '=', from).where('id', '!=', to).execute();
  if ((moved.greetings ?? []).length > 0)
    await db
      .updateTable('greetings')
      .set({ customer_id: to })
      .where('id', 'in', idList(moved.greetings ?? []))
      .execute();
  if (moved.marketing?.other === 1 && moved.marketing.survivor !== 1)
    await sql`INSERT INTO greeting_choices (customer_id, no_marketing, changed_at)
      SELECT ${to}, 1, changed_at FROM greeting_choices WHERE customer_id = ${from}
      ON CONFLICT (customer_id) DO UPDATE SET no_marketing = 1, changed_at = excluded.changed_at`.execute(db);
  await sql`INSERT OR IGNORE INTO kept_apart (first_id, second_id, created_at)
    SELECT min(${to}, value ->> '$.with'), max(${to}, value ->> '$.with'), value ->> '$.created_at'
    FROM json_each(${JSON.stringify(moved.keptApart)}) WHERE value ->> '$.with' != ${to}`.execute(db);
}

/** The survivor's kept-apart partners, to tell afterwards which pairs the merge added. */
export async function keptApartWith(db: Db, customerId: string): Promise<string[]> {
  const rows = await sql<{ other: string }>`
    SELECT CASE WHEN first_id = ${customerId} THEN second_id ELSE first_id END AS other
    FROM kept_apart WHERE first_id = ${customerId} OR second_id = ${customerId}`.execute(db);
  return rows.rows.map((r) => r.other);
}

/** Keeps this merge as the one that can be undone, forgetting any earlier one. */
export async function saveLastMerge(db: Db, row: LastMergeRow): Promise<void> {
  await db.deleteFrom('last_merge').execute();
  await db.insertInto('last_merge').values(row).execute();
}

export async function lastMerge(db: Db): Promise<LastMergeRow | undefined> {
  return db.selectFrom('last_merge').selectAll().orderBy('merged_at', 'desc').limit(1).executeTakeFirst();
}

export async function forgetLastMerge(db: Db): Promise<void> {
  await db.deleteFrom('last_merge').execute();
}
