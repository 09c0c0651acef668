import type { z } from 'zod';
import type { syncConflictSchema } from '../../../shared/contract';
import type { Db } from '../../db/database';
import { mergeShapeOf, readDocument, type DocumentBody } from './document-rows.repository';
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

// A customer's phones, tags, likes... by the word the page names them with, and what of each a person reads.
const elementWords: Record<string, { field: string; text: (row: Record<string, unknown>) => string | null }> = {
  customer_phones: { field: 'phones', text: (r) => asText(r.number) },
  customer_tags: { field: 'tags', text: (r) => asText(r.tag) },
  preferences: { field: 'likes', text: (r) => asText(r.value) },
  key_people: { field: 'people', text: (r) => [asText(r.name), asText(r.relation)].filter((x) => x !== null).join(' · ') },
  important_dates: {
    field: 'dates',
    text: (r) => `${asText(r.label) ?? asText(r.kind) ?? ''} ${asText(r.month) ?? ''}/${asText(r.day) ?? ''}`.trim(),
  },
  greeting_choices: { field: 'greetingChoice', text: (r) => asText(r.no_marketing) },
  member_cards: { field: 'card', text: (r) => asText(r.number) },
};

/** The one field of a record of a value that lost (see recordLosses): what the book holds there now, and the lost value. */
async function lostField(
  db: Db,
  docId: string,
  kept: DocumentBody | null,
  field: string,
  other: DocumentBody | null,
): Promise<ConflictItem['fields']> {
  const [table, rows] = Object.entries(other?.rows ?? {})[0] ?? ['', []];
  const lost = rows[0] ?? {};
  const dot = field.indexOf('.');
  if (!field.includes('|') && dot > 0) {
    const column = field.slice(dot + 1);
    return [{ field: column, kept: asText(kept?.rows[table]?.[0]?.[column]), other: asText(lost[column]) }];
  }
  const words = elementWords[table];
  if (words === undefined) return [];
  // The same phone, tag or like as the book holds it now, if it still does: the row with the same key.
  const key = (await mergeShapeOf(db, docId)).parts.find((p) => p.table === table)?.key ?? [];
  const now = (kept?.rows[table] ?? []).find((r) => key.every((c) => r[c] === lost[c]));
  return [{ field: words.field, kept: now === undefined ? null : words.text(now), other: words.text(lost) }];
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
  const fields =
    conflict.field !== null
      ? await lostField(db, conflict.docId, kept, conflict.field, conflict.other)
      : [...new Set([...mine.keys(), ...theirs.keys()])]
          .filter((field) => (mine.get(field) ?? null) !== (theirs.get(field) ?? null))
          .map((field) => ({ field, kept: mine.get(field) ?? null, other: theirs.get(field) ?? null }));
  return { id: conflict.id, kind, customerId, customerName: customer?.name ?? null, otherDeleted: conflict.other === null, fields };
}
