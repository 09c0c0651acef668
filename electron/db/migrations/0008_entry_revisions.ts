import { sql, type Kysely } from 'kysely';

// Frozen. Diary history is appended, not rewritten: when an entry is corrected, the version it
// replaces is kept here (its lines and details as JSON), so "edited" can show what it said before
// and nothing a person wrote is ever lost. Revisions go with their entry.
const statements = [
  sql`CREATE TABLE entry_revisions (
    id TEXT PRIMARY KEY NOT NULL,
    entry_id TEXT NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
    occurred_at TEXT NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    lines TEXT NOT NULL,
    details TEXT,
    replaced_at TEXT NOT NULL
  ) STRICT`,
  sql`CREATE INDEX entry_revisions_entry ON entry_revisions (entry_id, replaced_at)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE entry_revisions`.execute(db);
}
