import type { Db } from '../../db/database';

export interface OutboxRow {
  doc_id: string;
  seq: number;
}

/** The documents waiting longest, oldest write first. */
export async function waitingDocuments(db: Db, limit: number): Promise<OutboxRow[]> {
  return db.selectFrom('sync_outbox').select(['doc_id', 'seq']).orderBy('seq').limit(limit).execute();
}

export async function countWaiting(db: Db): Promise<number> {
  const row = await db
    .selectFrom('sync_outbox')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Takes sent documents out of the outbox, each only if nothing wrote it again since it was read. */
export async function removeSent(db: Db, sent: readonly OutboxRow[]): Promise<void> {
  for (const row of sent) await db.deleteFrom('sync_outbox').where('doc_id', '=', row.doc_id).where('seq', '=', row.seq).execute();
}
