import type { Selectable } from 'kysely';

/** Two customers the owner said are different people; first_id < second_id. */
export interface KeptApartTable {
  first_id: string;
  second_id: string;
  created_at: string;
}

export type KeptApartRow = Selectable<KeptApartTable>;
