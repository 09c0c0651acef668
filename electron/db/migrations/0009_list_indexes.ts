import { sql, type Kysely } from 'kysely';

// Frozen. The customer list shows live customers a page at a time, sorted by last seen, name or
// visits. Without these it read and sorted the whole book for every page (100–250 ms at 100k
// customers); with them a page is an index range that stops after its rows, and the count of live
// customers reads the smallest of them. Partial (archived customers left out) because that is
// what the list asks for unless "show archived" is ticked.
const statements = [
  sql`CREATE INDEX customers_live_recent ON customers (coalesce(last_visit_at, created_at) DESC, id DESC) WHERE archived_at IS NULL`,
  sql`CREATE INDEX customers_live_name ON customers (name, id) WHERE archived_at IS NULL`,
  sql`CREATE INDEX customers_live_visits ON customers (visit_count DESC, id DESC) WHERE archived_at IS NULL`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const index of ['customers_live_visits', 'customers_live_name', 'customers_live_recent'])
    await sql`DROP INDEX ${sql.table(index)}`.execute(db);
}
