import { sql, type Kysely } from 'kysely';

// Frozen. Greetings (issue 17): the customer's own "no marketing" choice, kept apart from the
// customer row so nothing that reads customers changes; and each batch of greetings with what was
// done for each customer in it (sent, skipped, held back and why), so "greeted for this occasion"
// holds a customer back next time and the batch's effect can be measured against the customers of
// the same batch who were not greeted. A sent greeting's words are its diary entry.
const statements = [
  sql`CREATE TABLE greeting_choices (
    customer_id TEXT PRIMARY KEY NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    no_marketing INTEGER NOT NULL CHECK (no_marketing IN (0, 1)),
    changed_at TEXT NOT NULL
  ) STRICT`,
  sql`CREATE TABLE greeting_batches (
    id TEXT PRIMARY KEY NOT NULL,
    occasion_id TEXT NOT NULL,
    label TEXT NOT NULL,
    on_day TEXT NOT NULL,
    created_at TEXT NOT NULL
  ) STRICT`,
  sql`CREATE TABLE greetings (
    id TEXT PRIMARY KEY NOT NULL,
    batch_id TEXT NOT NULL REFERENCES greeting_batches (id) ON DELETE CASCADE,
    customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    occasion_id TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('sent', 'skipped', 'held')),
    holds TEXT,
    entry_id TEXT REFERENCES entries (id) ON DELETE SET NULL,
    at TEXT NOT NULL,
    UNIQUE (batch_id, customer_id)
  ) STRICT`,
  sql`CREATE INDEX greetings_customer ON greetings (customer_id, occasion_id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['greetings', 'greeting_batches', 'greeting_choices']) await sql`DROP TABLE ${sql.table(table)}`.execute(db);
}
