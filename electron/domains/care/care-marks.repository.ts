import type { Db } from '../../db/database';
import { idList } from '../../db/id-list';
import type { CareMarkRow, NewCareMarkRow } from './care.table';

export async function insertMark(db: Db, row: NewCareMarkRow): Promise<void> {
  await db.insertInto('care_marks').values(row).execute();
}

/** The marks of these customers still in force on `day`: for good, or until a later day. */
export async function marksInForce(db: Db, customerIds: readonly string[], day: string): Promise<CareMarkRow[]> {
  if (customerIds.length === 0) return [];
  return db
    .selectFrom('care_marks')
    .selectAll()
    .where('customer_id', 'in', idList(customerIds))
    .where((eb) => eb.or([eb('until_day', 'is', null), eb('until_day', '>', day)]))
    .execute();
}

export interface DoneRow extends CareMarkRow {
  text: string | null;
}

/** What was done about Today's items on `day`, latest first, with the diary line each wrote. */
export async function marksOn(db: Db, day: string, limit: number): Promise<DoneRow[]> {
  return db
    .selectFrom('care_marks')
    .leftJoin('entries', 'entries.id', 'care_marks.entry_id')
    .selectAll('care_marks')
    .select('entries.text')
    .where('care_marks.on_day', '=', day)
    .orderBy('care_marks.created_at', 'desc')
    .limit(limit)
    .execute();
}
