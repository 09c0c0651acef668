import { sql, type Kysely } from 'kysely';

// Frozen. What Today asks of member cards without reading every ledger line: punch cards by the day
// they end (expiring within 30 days), and the punch lines that left one use (the newest such line
// of a punch card means "还剩 1 次"). Both are indexes only; nothing is stored that the ledger does
// not already say.
const statements = [
  sql`CREATE INDEX punch_cards_valid_until ON punch_cards (valid_until) WHERE valid_until IS NOT NULL`,
  sql`CREATE INDEX card_movements_one_left ON card_movements (at, id) WHERE purse = 'punch' AND balance_after = 1`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const index of ['card_movements_one_left', 'punch_cards_valid_until']) await sql`DROP INDEX ${sql.table(index)}`.execute(db);
}
