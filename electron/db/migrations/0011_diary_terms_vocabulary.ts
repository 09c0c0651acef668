import { sql, type Kysely } from 'kysely';

// Frozen. A read-only view of the diary index's vocabulary, one row per occurrence of a term,
// which FTS5 reads lazily (this is not a copy: it stores nothing). The lookup asks it whether any
// term is longer than a typed word that starts it: when none is, the word's prefix search ("winter"*,
// which FTS5 answers by merging the whole doclist, 31k entries at 100k customers) finds exactly
// what the word itself finds, newest first without reading the rest.
const statements = [sql`CREATE VIRTUAL TABLE entry_terms_instances USING fts5vocab(entry_terms, instance)`];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE entry_terms_instances`.execute(db);
}
