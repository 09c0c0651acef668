import { sql, type Kysely } from 'kysely';

// Frozen. The lookup index: short keys (names, pinyin, initials, phone digits and their reverse)
// in a B-tree for prefix ranges, and diary text as CJK bigrams in a contentless FTS5 table.
// entry_docs gives each entry a stable integer (an INTEGER PRIMARY KEY survives VACUUM, an
// implicit rowid may not). The index is filled by the app (pinyin and folding need app code),
// which notices an empty index and rebuilds it.
const statements = [
  sql`CREATE TABLE search_keys (
    customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    kind INTEGER NOT NULL,
    key TEXT NOT NULL
  ) STRICT`,
  sql`CREATE INDEX search_keys_lookup ON search_keys (kind, key)`,
  sql`CREATE INDEX search_keys_customer ON search_keys (customer_id)`,
  sql`CREATE TABLE entry_docs (
    doc INTEGER PRIMARY KEY,
    entry_id TEXT NOT NULL UNIQUE REFERENCES entries (id) ON DELETE CASCADE,
    customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE
  ) STRICT`,
  sql`CREATE INDEX entry_docs_customer ON entry_docs (customer_id)`,
  sql`CREATE VIRTUAL TABLE entry_terms USING fts5(body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2')`,
  // The app fills the index when this marker is missing.
  sql`DELETE FROM settings WHERE key = 'search.indexVersion'`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DELETE FROM settings WHERE key = 'search.indexVersion'`.execute(db);
  for (const table of ['entry_terms', 'entry_docs', 'search_keys']) await sql`DROP TABLE ${sql.table(table)}`.execute(db);
}
