import type { ColumnType, Insertable, Selectable, Updateable } from 'kysely';

/** A column added later (0019_team): read as text or null, left out of a row written without it. */
type NullableText = ColumnType<string | null, string | null | undefined, string | null>;

export interface EntriesTable {
  id: string;
  customer_id: string;
  occurred_at: string;
  kind: string;
  text: string;
  deleted_at: string | null;
  created_at: string;
  updated_at: string;
  /** The counter and the staff member it was written by, as named then (0019_team); null when unknown or imported. */
  written_on: NullableText;
  written_by: NullableText;
}

export interface PurchaseLinesTable {
  id: string;
  entry_id: string;
  position: number;
  item: string;
  colour: string | null;
  size: string | null;
  quantity: number;
  unit_price_minor: number | null;
  amount_minor: number | null;
  currency: string;
}

/** An entry as it was before a correction (migration 0008): lines and details as JSON. */
export interface EntryRevisionsTable {
  id: string;
  entry_id: string;
  occurred_at: string;
  kind: string;
  text: string;
  lines: string;
  details: string | null;
  replaced_at: string;
}

export interface EntryDetailsTable {
  entry_id: string;
  remedy: string | null;
  resolved_on: string | null;
  promise_due: string | null;
  promise_status: 'open' | 'kept' | 'broken' | null;
  gift_item: string | null;
  gift_occasion: string | null;
  satisfaction: number | null;
  follow_up_on: string | null;
  follow_up_done_at: string | null;
}

export type EntryRow = Selectable<EntriesTable>;
export type EntryRevisionRow = Selectable<EntryRevisionsTable>;
export type NewEntryRow = Insertable<EntriesTable>;
export type EntryUpdate = Updateable<EntriesTable>;
export type PurchaseLineRow = Selectable<PurchaseLinesTable>;
export type NewPurchaseLineRow = Insertable<PurchaseLinesTable>;
export type EntryDetailsRow = Selectable<EntryDetailsTable>;
