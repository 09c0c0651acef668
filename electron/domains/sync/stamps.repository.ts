import type { Db } from '../../db/database';
import { canonicalField, clockKey, msOf, type FieldStamp, type Stamps } from './field-stamps';

/** A stamp further ahead of this device's clock than this is not believed for the clock (a hub's forgery, a clock years off): it still merges. */
const clockReachMs = 24 * 60 * 60 * 1000;

/** The stamps of a document's fields as this book holds them, sorted by field; undefined when it has none. */
export async function readStamps(db: Db, docId: string): Promise<Stamps | undefined> {
  const rows = await db.selectFrom('sync_stamps').select(['field', 'at', 'prior', 'gone']).where('doc_id', '=', docId).execute();
  if (rows.length === 0) return undefined;
  const byField = new Map<string, FieldStamp>();
  for (const r of rows) {
    const field = canonicalField(r.field);
    const held = byField.get(field);
    if (held !== undefined && held.at >= r.at) continue;
    byField.set(field, { at: r.at, ...(r.prior === null ? {} : { prior: r.prior }), ...(r.gone === 1 ? { gone: true as const } : {}) });
  }
  return Object.fromEntries([...byField.keys()].sort().map((f) => [f, byField.get(f) as FieldStamp]));
}

/** Makes the book hold `stamps` for the document (what came with it from another counter), and moves the clock past them. */
export async function writeStamps(db: Db, docId: string, stamps: Stamps | undefined): Promise<void> {
  await db.deleteFrom('sync_stamps').where('doc_id', '=', docId).execute();
  const rows = Object.entries(stamps ?? {}).map(([field, s]) => ({
    doc_id: docId,
    field,
    at: s.at,
    prior: s.prior ?? null,
    gone: s.gone === true ? 1 : 0,
  }));
  if (rows.length === 0) return;
  await db.insertInto('sync_stamps').values(rows).execute();
  await advanceClock(
    db,
    rows.map((r) => r.at),
  );
}

/** Forgets a document's stamps (it was deleted). */
export async function dropStamps(db: Db, docId: string): Promise<void> {
  await db.deleteFrom('sync_stamps').where('doc_id', '=', docId).execute();
}

/** The hybrid clock moves past every stamp seen, so what this device writes next stamps later than what it has seen. */
export async function advanceClock(db: Db, seen: readonly string[], now = Date.now()): Promise<void> {
  const newest = Math.max(0, ...seen.map((at) => msOf(at) ?? 0).filter((ms) => ms <= now + clockReachMs));
  if (newest === 0) return;
  const held = await db.selectFrom('sync_state').select('value').where('key', '=', clockKey).executeTakeFirst();
  if (held !== undefined && Number(held.value) >= newest) return;
  await db
    .insertInto('sync_state')
    .values({ key: clockKey, value: String(newest) })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: String(newest) }))
    .execute();
}
