import type { z } from 'zod';
import type { syncConflictSchema } from '../../../shared/contract';
import type { Db } from '../../db/database';
import { readDocument, type DocumentBody } from './document-rows.repository';
import type { OpenConflict } from './conflicts.service';

type ConflictItem = z.infer<typeof syncConflictSchema>;

const asText = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));

/** A document's fields as a person compares them: the root row's own, a customer's phones and tags in one line each. */
function fieldsOf(body: DocumentBody | null): Map<string, string | null> {
  const fields = new Map<string, string | null>();
  if (body === null) return fields;
  const [rootTable, rows] = Object.entries(body.rows)[0] ?? ['', []];
  for (const [column, value] of Object.entries(rows[0] ?? {})) {
    if (column === 'id' || column.endsWith('_id') || column === 'created_at' || column === 'updated_at') continue;
    fields.set(column, asText(value));
  }
  if (rootTable === 'customers') {
    fields.set('phones', (body.rows.customer_phones ?? []).map((p) => asText(p.number) ?? '').join(', ') || null);
    fields.set('tags', (body.rows.customer_tags ?? []).map((t) => asText(t.tag) ?? '').join(', ') || null);
  }
  return fields;
}

/** A conflict as the Sync page shows it: whom it is about and each field the two versions disagree on. */
export async function conflictItem(db: Db, conflict: OpenConflict): Promise<ConflictItem> {
  const kept = await readDocument(db, conflict.docId);
  const kind = conflict.docId.startsWith('customer/') ? 'customer' : conflict.docId.startsWith('entry/') ? 'entry' : 'other';
  const entryCustomer = kind === 'entry' ? asText((kept ?? conflict.other)?.rows.entries?.[0]?.customer_id) : null;
  const customerId = kind === 'customer' ? conflict.docId.slice('customer/'.length) : entryCustomer;
  const customer =
    customerId === null ? undefined : await db.selectFrom('customers').select('name').where('id', '=', customerId).executeTakeFirst();
  const [mine, theirs] = [fieldsOf(kept), fieldsOf(conflict.other)];
  const fields = [...new Set([...mine.keys(), ...theirs.keys()])]
    .filter((field) => (mine.get(field) ?? null) !== (theirs.get(field) ?? null))
    .map((field) => ({ field, kept: mine.get(field) ?? null, other: theirs.get(field) ?? null }));
  return { id: conflict.id, kind, customerId, customerName: customer?.name ?? null, otherDeleted: conflict.other === null, fields };
}
