import type { Selectable } from 'kysely';
import type { Relationship, Stage, Tier } from '../../../shared/domain/customer-value';

/** Derived from entries and purchases as of the day in settings `value.computedOn`. */
export interface CustomerValueTable {
  customer_id: string;
  spend_window: number;
  spend_recent: number;
  spend_earlier: number;
  visits_window: number;
  first_visit_at: string | null;
  /** The tier shown: the owner's choice when there is one, else the computed one. */
  tier: Tier;
  stage: Stage;
  relationship: Relationship | null;
  /** The last visit the row was computed from, so a later pass knows whose recency crosses a tier line. */
  last_visit_at: string | null;
}

export interface TierHistoryTable {
  day: string;
  tier: Tier;
  customers: number;
}

export interface ValueChangesTable {
  customer_id: string;
}

export type CustomerValueRow = Selectable<CustomerValueTable>;
