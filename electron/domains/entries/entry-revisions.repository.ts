import type { Db } from '../../db/database';
import { idList } from '../../db/id-list';
import type { EntryRevisionRow } from './entries.table';

export async function insertRevision(db: Db, row: EntryRevisionRow): Promise<void> {
  await db.insertInto('entry_revisions').values(row).execute();
}

/** When each of these entries was last corrected (entries never corrected are absent). */
export async function lastEditedOf(db: Db, entryIds: readonly string[]): Promise<Map<string, string>> {
  if (entryIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('entry_revisions')
    .select(['entry_id', (eb) => eb.fn.max('replaced_at').as('at')])
    .where('entry_id', 'in', idList(entryIds))
    .groupBy('entry_id')
    .execute();
  return new Map(rows.map((r) => [r.entry_id, r.at]));
}

/** An entry's earlier versions, newest first. */
export async function revisionsOf(db: Db, entryId: string): Promise<EntryRevisionRow[]> {
  return db
    .selectFrom('entry_revisions')
    .selectAll()
    .where('entry_id', '=', entryId)
    .orderBy('replaced_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}
