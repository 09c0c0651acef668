import { sql, type Kysely } from 'kysely';

// Frozen. Customer value: each customer's spend and visits over the value window with the tier,
// lifecycle stage and relationship type they give (derived; the app refills the table when the
// marker in settings is missing or a day old), a manual tier chosen by the owner with a reason,
// daily counts per tier for "how that changed", saved list filters, and an index for the
// book-wide questions insights ask by kind and time.
const statements = [
  sql`ALTER TABLE customers ADD COLUMN tier_override TEXT CHECK (tier_override IN ('vip', 'regular', 'new', 'at_risk', 'lost'))`,
  sql`ALTER TABLE customers ADD COLUMN tier_override_reason TEXT`,
  sql`CREATE TABLE customer_value (
    customer_id TEXT PRIMARY KEY NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    spend_window INTEGER NOT NULL,
    spend_recent INTEGER NOT NULL,
    spend_earlier INTEGER NOT NULL,
    visits_window INTEGER NOT NULL,
    first_visit_at TEXT,
    tier TEXT NOT NULL,
    stage TEXT NOT NULL,
    relationship TEXT
  ) STRICT, WITHOUT ROWID`,
  sql`CREATE INDEX customer_value_tier ON customer_value (tier, spend_window DESC)`,
  sql`CREATE INDEX customer_value_spend ON customer_value (spend_window DESC)`,
  sql`CREATE TABLE tier_history (
    day TEXT NOT NULL,
    tier TEXT NOT NULL,
    customers INTEGER NOT NULL,
    PRIMARY KEY (day, tier)
  ) STRICT, WITHOUT ROWID`,
  sql`CREATE TABLE segments (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL UNIQUE,
    filter TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT`,
  sql`CREATE INDEX entries_kind_time ON entries (kind, occurred_at, customer_id) WHERE deleted_at IS NULL`,
  // Covering indexes for computing every customer's visits and spend in one pass each.
  sql`CREATE INDEX entries_value ON entries (customer_id, kind, occurred_at, id) WHERE deleted_at IS NULL`,
  sql`CREATE INDEX purchase_lines_value ON purchase_lines (entry_id, amount_minor, unit_price_minor, quantity)`,
  sql`DELETE FROM settings WHERE key = 'value.computedOn'`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DELETE FROM settings WHERE key LIKE 'value.%'`.execute(db);
  await sql`DROP INDEX purchase_lines_value`.execute(db);
  await sql`DROP INDEX entries_value`.execute(db);
  await sql`DROP INDEX entries_kind_time`.execute(db);
  await sql`DROP TABLE segments`.execute(db);
  await sql`DROP TABLE tier_history`.execute(db);
  await sql`DROP TABLE customer_value`.execute(db);
  await sql`ALTER TABLE customers DROP COLUMN tier_override_reason`.execute(db);
  await sql`ALTER TABLE customers DROP COLUMN tier_override`.execute(db);
}
