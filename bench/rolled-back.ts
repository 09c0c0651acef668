import type { Db } from '../electron/db/database';

class RolledBack extends Error {}

/** Runs `work` in a transaction that is then rolled back, so a bench can time writes and leave its book as it was. */
export async function rolledBack<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  const answer: { value?: T; set: boolean } = { set: false };
  try {
    await db.transaction().execute(async (trx) => {
      answer.value = await work(trx);
      answer.set = true;
      throw new RolledBack();
    });
  } catch (error) {
    if (!(error instanceof RolledBack)) throw error;
  }
  if (!answer.set || answer.value === undefined) throw new Error('rolledBack: no answer');
  return answer.value;
}
