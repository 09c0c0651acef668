import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { Tier } from '../../../shared/domain/customer-value';

/** A column added later (0019_team): read as text or null, left out of a row written without it. */
type NullableText = ColumnType<string | null, string | null | undefined, string | null>;

export interface CustomersTable {
  id: string;
  name: string;
  address_as: string | null;
  gender: 'female' | 'male' | null;
  email: string | null;
  address: string | null;
  company: string | null;
  title: string | null;
  about: string | null;
  /** Denormalized from entries, kept current in the same transaction as every entry write. */
  last_visit_at: string | null;
  /** Denormalized like last_visit_at: visits so far and the median days between them (drift detection). */
  visit_count: Generated<number>;
  median_gap_days: number | null;
  referred_by: string | null;
  /** The owner's own tier for this customer, and why; null means the computed tier stands. */
  tier_override: Tier | null;
  tier_override_reason: string | null;
  archived_at: string | null;
  /** The staff member who looks after this customer (a name from the book's staff list), if any (0019_team). */
  responsible: NullableText;
  created_at: string;
  updated_at: string;
}

export interface CustomerPhonesTable {
  customer_id: string;
  position: number;
  label: string | null;
  number: string;
  digits: string;
}

export interface CustomerTagsTable {
  customer_id: string;
  tag: string;
}

export type CustomerRow = Selectable<CustomersTable>;
export type NewCustomerRow = Insertable<CustomersTable>;
export type CustomerUpdate = Updateable<CustomersTable>;
export type PhoneRow = Selectable<CustomerPhonesTable>;
