import { sql } from 'kysely';
import type { Db } from '../../db/database';
import { deleteCustomer } from '../customers/customers.repository';
import { refreshLastVisit } from '../diary/entries.service';
import { mergeOf, survivorOf } from '../duplicates/merged-customers.repository';
import { deleteCustomerTerms } from '../search/search.repository';
import { reindexCustomer, reindexEntry } from '../search/search-index.service';
import type { IncomingDocument } from './apply-documents.service';
import { recordLosses } from './conflicts.service';
import { mergeShapeOf, readDocument, type DocumentBody } from './document-rows.repository';
import type { FieldLoss, MergeShape } from './field-merge';
import { canonicalField, cleanStamps, elementField, rootField } from './field-stamps';
import { documentKinds, documentOfRow } from './sync-documents';

type Row = Record<string, unknown>;

const bookkeeping = new Set(['id', 'created_at', 'updated_at']);
// A customer's card and greeting choice are one each: another counter's are not offered over the survivor's.
const singleParts = new Set(['member_cards', 'greeting_choices']);

/** The stamps a merge remembers, by field as JavaScript spells it. */
function knownStamps(text: string | null): Map<string, string> {
  const known = new Map<string, string>();
  if (text === null) return known;
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === 'object' && parsed !== null)
      for (const [field, at] of Object.entries(parsed)) if (typeof at === 'string') known.set(canonicalField(field), at);
  } catch {
    // A record that does not read counts as knowing nothing: every change is offered.
  }
  return known;
}

/**
 * What another counter's version of a merged customer says that the merge did not know and the
 * survivor does not hold, as values the owner can take onto the survivor.
 */
function unseenChanges(
  shape: MergeShape,
  merged: DocumentBody,
  known: Map<string, string>,
  survivor: DocumentBody,
  survivorId: string,
): FieldLoss[] {
  const stamps = cleanStamps(merged.stamps) ?? {};
  const unseen = (field: string) => (known.get(field) ?? '') !== (stamps[field]?.at ?? '');
  const losses: FieldLoss[] = [];
  const root = merged.rows[shape.root]?.[0] ?? {};
  const held = survivor.rows[shape.root]?.[0] ?? {};
  for (const [column, value] of Object.entries(root)) {
    const field = rootField(shape.root, column);
    if (bookkeeping.has(column) || value === null || value === '' || value === held[column] || !unseen(field)) continue;
    losses.push({
      field,
      at: stamps[field]?.at ?? '',
      body: { kind: shape.kind, rows: { [shape.root]: [{ id: survivorId, [column]: value }] } },
    });
  }
  for (const part of shape.parts) {
    if (singleParts.has(part.table)) continue;
    const survivorRows = survivor.rows[part.table] ?? [];
    let nextPosition = Math.max(-1, ...survivorRows.map((r) => (typeof r.position === 'number' ? r.position : -1))) + 1;
    for (const row of merged.rows[part.table] ?? []) {
      const field = elementField(
        part.table,
        part.key.map((k) => row[k]),
      );
      if (!unseen(field)) continue;
      const moved: Row = { ...row, customer_id: survivorId };
      // A phone is one by its digits, wherever it stands in the list.
      if (part.table === 'customer_phones') {
        if (survivorRows.some((r) => r.digits === row.digits)) continue;
        moved.position = nextPosition;
        nextPosition += 1;
      } else if (survivorRows.some((r) => JSON.stringify(r) === JSON.stringify(moved))) continue;
      losses.push({ field, at: stamps[field]?.at ?? '', body: { kind: shape.kind, rows: { [part.table]: [moved] } } });
    }
  }
  return losses;
}

/** The replicated tables whose rows point at a customer without being part of the customer's own document, and the column that points. */
async function pointersAt(db: Db): Promise<[table: string, column: string][]> {
  const own = new Set((documentKinds.customer?.parts ?? []).map(([t]) => t));
  const found: [string, string][] = [];
  for (const table of Object.keys(documentOfRow)) {
    // A pair kept apart is ordered by its two ids: it is not moved, it goes with the merged customer.
    if (own.has(table) || table === 'kept_apart' || table === 'customer_merges') continue;
    const keys = await sql<{ table: string; from: string }>`SELECT "table", "from" FROM pragma_foreign_key_list(${table})`.execute(db);
    for (const k of keys.rows) if (k.table === 'customers') found.push([table, k.from]);
  }
  return found;
}

/**
 * Customers another counter kept alive after this book (or another) merged them away: an edit
 * there wins over the merge's deletion, and they came back with the batch. Each is folded into
 * its survivor as the merge would have: what points at them (diary entries, card lines, care
 * marks, referrals...) moves to the survivor, what they say that the merge had not seen is offered
 * on the survivor's page (a loss the owner can take), and they are deleted again, which replicates.
 * In the caller's transaction, written as this book's own (so it goes out). Answers how many.
 */
export async function foldMergedBack(trx: Db, docs: readonly IncomingDocument[]): Promise<number> {
  // A customer that came back, or one this book kept whose merge elsewhere just arrived.
  const candidates = new Set(
    docs.flatMap((d) =>
      d.body !== null && (d.id.startsWith('customer/') || d.id.startsWith('merged/')) ? [d.id.slice(d.id.indexOf('/') + 1)] : [],
    ),
  );
  let folded = 0;
  for (const mergedId of candidates) {
    const merged = await readDocument(trx, `customer/${mergedId}`);
    const survivorId = merged === null ? null : await survivorOf(trx, mergedId);
    const survivor = survivorId === null ? null : await readDocument(trx, `customer/${survivorId}`);
    if (merged === null || survivorId === null || survivor === null) continue;
    const known = knownStamps((await mergeOf(trx, mergedId))?.stamps ?? null);
    const losses = unseenChanges(await mergeShapeOf(trx, `customer/${mergedId}`), merged, known, survivor, survivorId);
    const entries = (await trx.selectFrom('entries').select('id').where('customer_id', '=', mergedId).execute()).map((e) => e.id);
    await sql`SAVEPOINT fold_merged`.execute(trx);
    try {
      for (const [table, column] of await pointersAt(trx))
        await sql`UPDATE ${sql.table(table)} SET ${sql.ref(column)} = ${survivorId} WHERE ${sql.ref(column)} = ${mergedId}`.execute(trx);
      // Another customer's key person who is this one now points at the survivor (not the survivor at themselves).
      await sql`UPDATE key_people SET linked_customer_id = ${survivorId} WHERE linked_customer_id = ${mergedId} AND customer_id != ${survivorId}`.execute(
        trx,
      );
      await deleteCustomerTerms(trx, mergedId);
      await deleteCustomer(trx, mergedId);
      await sql`RELEASE fold_merged`.execute(trx);
    } catch {
      // Something of theirs cannot move (a card number the survivor's already has): they stay, as any customer that came back.
      await sql`ROLLBACK TO fold_merged`.execute(trx);
      await sql`RELEASE fold_merged`.execute(trx);
      continue;
    }
    await recordLosses(trx, `customer/${survivorId}`, '', losses);
    for (const id of entries) await reindexEntry(trx, id);
    await reindexCustomer(trx, survivorId);
    await refreshLastVisit(trx, survivorId);
    folded += 1;
  }
  return folded;
}
