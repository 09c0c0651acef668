import { AppError, notFound } from '../../api/app-error';
import type { Db } from '../../db/database';
import { findEntry } from '../entries/entries.repository';

/**
 * The diary entry a Today action is about: it must exist, be live, belong to this customer and be
 * of one of these kinds (any kind when none are named).
 */
export async function checkEntry(db: Db, entryId: string | null, customerId: string, kinds: string[]) {
  if (entryId === null) throw AppError.saying('INVALID_INPUT', 'entryNeeded');
  const entry = await findEntry(db, entryId);
  if (entry === undefined || entry.deleted_at !== null) throw notFound('entry');
  if (entry.customer_id !== customerId) throw AppError.saying('INVALID_INPUT', 'entryOfAnother');
  if (!kinds.includes(entry.kind) && kinds.length > 0)
    throw AppError.saying('INVALID_INPUT', 'entryWrongKind', { kind: entry.kind, expected: kinds.join(' or ') });
  return entry;
}
