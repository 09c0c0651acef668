import type { Selectable } from 'kysely';

/** A saved customer-list filter, shown by name. */
export interface SegmentsTable {
  id: string;
  name: string;
  /** The list filter as JSON, checked against the contract when read. */
  filter: string;
  created_at: string;
  updated_at: string;
}

export type SegmentRow = Selectable<SegmentsTable>;
