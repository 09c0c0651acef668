import type { Selectable } from 'kysely';

/** Two customers the owner said are different people; first_id < second_id. */
export interface KeptApartTable {
  first_id: string;
  second_id: string;
  created_at: string;
}

export type KeptApartRow = Selectable<KeptApartTable>;

/** The last merge, kept so it can be undone; `undo` is a MergeUndo as JSON. */
export interface LastMergeTable {
  id: string;
  survivor_id: string;
  other_id: string;
  undo: string;
  merged_at: string;
}

export type LastMergeRow = Selectable<LastMergeTable>;

/** A customer merged into another, remembered (and replicated) so work done on them elsewhere follows the survivor. */
export interface CustomerMergesTable {
  merged_id: string;
  survivor_id: string;
  merged_at: string;
  /** What the merging counter knew of the merged customer's fields: their stamps as JSON, when it syncs. */
  stamps: string | null;
}
