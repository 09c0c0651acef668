import type { Selectable } from 'kysely';

export interface GreetingChoicesTable {
  customer_id: string;
  /** 1: the customer asked for no marketing; no batch greets them. */
  no_marketing: number;
  changed_at: string;
}

export interface GreetingBatchesTable {
  id: string;
  /** `festival:mid_autumn:2026`, `own:<id>:2026`, `date:<dateId>:<day>`, `win_back:2026Q4`. */
  occasion_id: string;
  label: string;
  on_day: string;
  created_at: string;
}

export interface GreetingsTable {
  id: string;
  batch_id: string;
  customer_id: string;
  occasion_id: string;
  outcome: 'sent' | 'skipped' | 'held';
  /** The hold-back reasons when the batch began, as a JSON list of HoldReason. */
  holds: string | null;
  entry_id: string | null;
  at: string;
}

export type GreetingBatchRow = Selectable<GreetingBatchesTable>;
export type GreetingRow = Selectable<GreetingsTable>;
