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
