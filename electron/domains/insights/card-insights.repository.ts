import { sql } from 'kysely';
import type { MovementKind, Purse } from '../../../shared/domain/card-ledger';
import type { Db } from '../../db/database';
import type { Period } from './insights.repository';

/**
 * One purse's ledger lines of these kinds in a period: their summed change and how many there are.
 * A range of card_movements_purse_kind_at per kind (0015_card_insights), read without the table.
 */
export async function linesIn(
  db: Db,
  purse: Purse,
  kinds: readonly MovementKind[],
  period: Pick<Period, 'from' | 'to'>,
): Promise<{ sum: number; lines: number }> {
  const result = await sql<{ sum: number | null; lines: number }>`
    SELECT sum(delta) AS sum, count(*) AS lines
    FROM card_movements INDEXED BY card_movements_purse_kind_at
    WHERE purse = ${purse} AND kind IN (${sql.join([...kinds])}) AND at >= ${period.from} AND at < ${period.to}`.execute(db);
  const row = result.rows[0];
  return { sum: row?.sum ?? 0, lines: row?.lines ?? 0 };
}

export async function anyCardMovement(db: Db): Promise<boolean> {
  const row = await db.selectFrom('card_movements').select('id').limit(1).executeTakeFirst();
  return row !== undefined;
}
