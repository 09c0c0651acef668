import { sql, type Kysely } from 'kysely';

// Frozen. The last merge of two customers, so it can be undone until the next one: the survivor,
// the id of the customer merged away, and what undoing needs (that customer's full record as the
// JSON archive writes it, what moved and what was folded) as JSON. At most one row; a new merge
// replaces it, and deleting the survivor for good forgets it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE last_merge (
    id TEXT PRIMARY KEY NOT NULL,
    survivor_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    other_id TEXT NOT NULL,
    undo TEXT NOT NULL,
    merged_at TEXT NOT NULL
  ) STRICT`.execute(db);
  await sql`CREATE INDEX last_merge_survivor ON last_merge (survivor_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE last_merge`.execute(db);
}
