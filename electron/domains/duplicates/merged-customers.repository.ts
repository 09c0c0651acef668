import type { Db } from '../../db/database';

/** Remembers that `mergedId` was merged into `survivorId` (a merge of the same customer again replaces it). */
export async function rememberMerge(db: Db, mergedId: string, survivorId: string, mergedAt: string): Promise<void> {
  await db
    .insertInto('customer_merges')
    .values({ merged_id: mergedId, survivor_id: survivorId, merged_at: mergedAt, stamps: null })
    .onConflict((oc) => oc.column('merged_id').doUpdateSet({ survivor_id: survivorId, merged_at: mergedAt, stamps: null }))
    .execute();
}

/** Forgets a merge (it was undone). */
export async function forgetMerge(db: Db, mergedId: string): Promise<void> {
  await db.deleteFrom('customer_merges').where('merged_id', '=', mergedId).execute();
}

/** What a merge of this customer remembers, or undefined when they were never merged away. */
export async function mergeOf(db: Db, mergedId: string): Promise<{ survivorId: string; stamps: string | null } | undefined> {
  const row = await db.selectFrom('customer_merges').select(['survivor_id', 'stamps']).where('merged_id', '=', mergedId).executeTakeFirst();
  return row === undefined ? undefined : { survivorId: row.survivor_id, stamps: row.stamps };
}

/**
 * The customer the book holds whom `customerId` was merged into, following merges of merges; null
 * when they were never merged away or their survivor is gone too.
 */
export async function survivorOf(db: Db, customerId: string): Promise<string | null> {
  let id = customerId;
  for (let hop = 0; hop < 20; hop += 1) {
    const merge = await mergeOf(db, id);
    if (merge === undefined) break;
    id = merge.survivorId;
  }
  if (id === customerId) return null;
  const alive = await db.selectFrom('customers').select('id').where('id', '=', id).executeTakeFirst();
  return alive === undefined ? null : id;
}
