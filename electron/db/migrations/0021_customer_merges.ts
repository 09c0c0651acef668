import { sql, type Kysely } from 'kysely';

// Frozen. A merge of two customers remembered as a merge (issue 19): which customer was merged into
// which, and when. It replicates, so a counter that wrote a diary entry for the merged customer
// while offline, or changed them, has that entry moved to the survivor and the change offered on
// the survivor, instead of the merged customer coming back as a duplicate. Undoing a merge removes
// it. `stamps` is what the merging counter knew of the merged customer's fields (their stamps as
// JSON), so a change it had not seen is told from one it merged.
const statements = [
  sql`CREATE TABLE customer_merges (
    merged_id TEXT PRIMARY KEY NOT NULL,
    survivor_id TEXT NOT NULL,
    merged_at TEXT NOT NULL,
    stamps TEXT
  ) STRICT`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE customer_merges`.execute(db);
}
