import { sql, type Kysely } from 'kysely';

// Frozen. Pairs of customers the owner said are two different people (two 张三 with the same
// phone tail), so the duplicates finder stops proposing them. Stored with the smaller id first.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE kept_apart (
    first_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    second_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    PRIMARY KEY (first_id, second_id),
    CHECK (first_id < second_id)
  ) STRICT, WITHOUT ROWID`.execute(db);
  await sql`CREATE INDEX kept_apart_second ON kept_apart (second_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE kept_apart`.execute(db);
}
