import type { Db } from './database';

/** Runs `work` in a transaction: the caller's when there is one (kysely cannot nest them), else a new one. */
export async function inTransaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}
