import type { Insertable, Selectable } from 'kysely';
import type { MovementKind, Purse } from '../../../shared/domain/card-ledger';

export interface MemberCardsTable {
  customer_id: string;
  number: string | null;
  joined_on: string;
  created_at: string;
}

export interface PunchCardsTable {
  id: string;
  customer_id: string;
  /** What it is for, as the shop calls it: 洗车, 打蜡. */
  kind: string;
  uses: number;
  price_minor: number | null;
  valid_until: string | null;
  sold_at: string;
}

/** One line of the ledger (migration 0013): never updated, only added to. */
export interface CardMovementsTable {
  id: string;
  movement_id: string;
  customer_id: string;
  purse: Purse;
  punch_id: string | null;
  kind: MovementKind;
  delta: number;
  balance_after: number;
  at: string;
  entry_id: string | null;
  reason: string | null;
  made_by: string | null;
}

export type MemberCardRow = Selectable<MemberCardsTable>;
export type PunchCardRow = Selectable<PunchCardsTable>;
export type CardMovementRow = Selectable<CardMovementsTable>;
export type NewCardMovementRow = Insertable<CardMovementsTable>;
