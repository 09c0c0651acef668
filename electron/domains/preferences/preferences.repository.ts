import { insertRows } from '../../db/bulk';
import type { Db } from '../../db/database';
import type { NewPreferenceRow, PreferenceRow } from './preferences.table';
import { idList } from '../../db/id-list';

export async function insertPreference(db: Db, row: NewPreferenceRow): Promise<void> {
  await db.insertInto('preferences').values(row).execute();
}

export async function insertPreferences(db: Db, rows: NewPreferenceRow[]): Promise<void> {
  await insertRows(db, 'preferences', rows);
}

export async function updatePreference(
  db: Db,
  id: string,
  update: Pick<PreferenceRow, 'polarity' | 'category' | 'value' | 'updated_at'>,
): Promise<void> {
  await db.updateTable('preferences').set(update).where('id', '=', id).execute();
}

export async function findPreference(db: Db, id: string): Promise<PreferenceRow | undefined> {
  return db.selectFrom('preferences').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function deletePreference(db: Db, id: string): Promise<void> {
  await db.deleteFrom('preferences').where('id', '=', id).execute();
}

export async function preferencesOf(db: Db, customerId: string): Promise<PreferenceRow[]> {
  return db.selectFrom('preferences').selectAll().where('customer_id', '=', customerId).orderBy('created_at').orderBy('id').execute();
}

export async function preferencesOfMany(db: Db, customerIds: string[]): Promise<PreferenceRow[]> {
  if (customerIds.length === 0) return [];
  return db
    .selectFrom('preferences')
    .selectAll()
    .where('customer_id', 'in', idList(customerIds))
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}
