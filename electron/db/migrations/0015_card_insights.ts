import { sql, type Kysely } from 'kysely';

// Frozen. Card insights (issue 16): what the shop owes its members at each month end, top-ups,
// payments, redemptions and punches per month. Each figure is one purse and kind over a period,
// so with this index each is a range read without touching the table: over a million ledger
// lines, a sum over the `at` index alone had to fetch every row (about a second), this reads
// the index (about a tenth of that).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX card_movements_purse_kind_at ON card_movements (purse, kind, at, delta)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX card_movements_purse_kind_at`.execute(db);
}
