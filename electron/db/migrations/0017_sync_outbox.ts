import { sql, type Kysely } from 'kysely';

// Frozen. Replication (issue 19): the outbox of documents written since the hub last took them,
// one row per document however often it was written (its seq says when it was last written, so
// the pump removes a row only if nothing wrote the document again while it was being sent), and
// the replication's own state on this device (hub, device name, checkpoints), which is never
// replicated itself. The triggers that fill the outbox are made per connection while the book
// syncs (sync/outbox-triggers.ts), so a book that does not sync pays nothing for them.
const statements = [
  sql`CREATE TABLE sync_outbox (
    doc_id TEXT PRIMARY KEY NOT NULL,
    seq INTEGER NOT NULL
  ) STRICT, WITHOUT ROWID`,
  sql`CREATE UNIQUE INDEX sync_outbox_seq ON sync_outbox (seq)`,
  sql`CREATE TABLE sync_state (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
  ) STRICT`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['sync_state', 'sync_outbox']) await sql`DROP TABLE ${sql.table(table)}`.execute(db);
}
