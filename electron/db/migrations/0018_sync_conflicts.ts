import { sql, type Kysely } from 'kysely';

// Frozen. Replication's conflicts (issue 19): when two counters wrote the same document before
// either had the other's change, every device keeps the same winner and this records what the
// other counter wrote, so nothing is lost and the owner can take it instead. Each record is itself
// a replicated document, named by the document and the losing revision, so every device that meets
// the conflict writes the same record and settling it on one counter settles it on all.
const statements = [
  sql`CREATE TABLE sync_conflicts (
    id TEXT PRIMARY KEY NOT NULL,
    doc_id TEXT NOT NULL,
    kept_rev TEXT NOT NULL,
    other_rev TEXT NOT NULL,
    other_body TEXT,
    settled TEXT CHECK (settled IN ('kept', 'took_other')),
    settled_at TEXT
  ) STRICT`,
  sql`CREATE INDEX sync_conflicts_open ON sync_conflicts (doc_id) WHERE settled IS NULL`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE sync_conflicts`.execute(db);
}
