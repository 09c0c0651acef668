import { sql, type Kysely } from 'kysely';

// Frozen. Customers merge field by field across counters (issue 19): each field of a customer, and
// each of their phones, tags, likes, people and dates, keeps the hybrid-logical-clock stamp of its
// last change here (`at`) and the stamp it replaced (`prior`); a removed phone or like keeps a
// stamp too (`gone`), so a removal and an addition on two counters are told apart. This device's
// own bookkeeping (the stamps travel inside the documents): never replicated as a table.
// A conflict record may name the one field whose value lost (`field`), offered back to the owner.
const statements = [
  sql`CREATE TABLE sync_stamps (
    doc_id TEXT NOT NULL,
    field TEXT NOT NULL,
    at TEXT NOT NULL,
    prior TEXT,
    gone INTEGER NOT NULL DEFAULT 0 CHECK (gone IN (0, 1)),
    PRIMARY KEY (doc_id, field)
  ) STRICT, WITHOUT ROWID`,
  sql`ALTER TABLE sync_conflicts ADD COLUMN field TEXT`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE sync_conflicts DROP COLUMN field`.execute(db);
  await sql`DROP TABLE sync_stamps`.execute(db);
}
