import { sql, type Kysely } from 'kysely';

// Frozen. What the owner did about an item on Today that the diary alone cannot tell: a date
// greeted for one occurrence, a complaint called about, a drifting regular called, snoozed for
// some days or declared "not a regular". `subject` names the item (date:<id>:<day>,
// complaint:<entry id>, drift:<last visit>), so a mark stops applying by itself when the item
// changes (next year's birthday, a new visit). `until_day` null means for good.
const statements = [
  sql`CREATE TABLE care_marks (
    id TEXT PRIMARY KEY NOT NULL,
    customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    subject TEXT NOT NULL,
    what TEXT NOT NULL CHECK (what IN ('greeted', 'called', 'snoozed', 'notRegular', 'followUp', 'promiseKept', 'promiseBroken', 'complaintCall')),
    on_day TEXT NOT NULL,
    until_day TEXT,
    entry_id TEXT REFERENCES entries (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL
  ) STRICT`,
  sql`CREATE INDEX care_marks_subject ON care_marks (customer_id, subject)`,
  sql`CREATE INDEX care_marks_day ON care_marks (on_day)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE care_marks`.execute(db);
}
