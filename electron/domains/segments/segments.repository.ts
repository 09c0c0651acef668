import type { Db } from '../../db/database';
import type { SegmentRow } from './segments.table';

export async function allSegments(db: Db): Promise<SegmentRow[]> {
  return db.selectFrom('segments').selectAll().orderBy('name').execute();
}

export async function findSegmentByName(db: Db, name: string): Promise<SegmentRow | undefined> {
  return db.selectFrom('segments').selectAll().where('name', '=', name).executeTakeFirst();
}

export async function insertSegment(db: Db, row: SegmentRow): Promise<void> {
  await db.insertInto('segments').values(row).execute();
}

export async function updateSegment(db: Db, id: string, filter: string, at: string): Promise<void> {
  await db.updateTable('segments').set({ filter, updated_at: at }).where('id', '=', id).execute();
}

export async function deleteSegment(db: Db, id: string): Promise<number> {
  const result = await db.deleteFrom('segments').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Segments from an archive; one whose name is already taken here is left out. */
export async function insertSegmentsKeepingOurs(db: Db, rows: readonly SegmentRow[]): Promise<void> {
  if (rows.length > 0)
    await db
      .insertInto('segments')
      .values([...rows])
      .onConflict((oc) => oc.doNothing())
      .execute();
}
