import { sql, type Kysely } from 'kysely';

// Frozen. Relationship care: who referred whom, key people around a customer, important dates in
// the solar or lunar calendar, and the structured part of complaint, promise, gift and service
// entries plus follow-ups. Visit statistics are kept on the customer for drift detection; the app
// fills them (a median needs app code) when the marker in settings is missing.
const statements = [
  sql`ALTER TABLE customers ADD COLUMN referred_by TEXT REFERENCES customers (id) ON DELETE SET NULL`,
  sql`ALTER TABLE customers ADD COLUMN visit_count INTEGER NOT NULL DEFAULT 0`,
  sql`ALTER TABLE customers ADD COLUMN median_gap_days REAL`,
  sql`CREATE INDEX customers_referred_by ON customers (referred_by) WHERE referred_by IS NOT NULL`,
  sql`CREATE TABLE key_people (
    id TEXT PRIMARY KEY NOT NULL,
    customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    relation TEXT NOT NULL,
    linked_customer_id TEXT REFERENCES customers (id) ON DELETE SET NULL,
    note TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT`,
  sql`CREATE INDEX key_people_customer ON key_people (customer_id)`,
  sql`CREATE TABLE important_dates (
    id TEXT PRIMARY KEY NOT NULL,
    customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    person_id TEXT REFERENCES key_people (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('birthday', 'anniversary', 'custom')),
    label TEXT,
    calendar TEXT NOT NULL CHECK (calendar IN ('solar', 'lunar')),
    year INTEGER,
    month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
    day INTEGER NOT NULL CHECK (day BETWEEN 1 AND 31),
    leap_month INTEGER NOT NULL DEFAULT 0 CHECK (leap_month IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT`,
  sql`CREATE INDEX important_dates_customer ON important_dates (customer_id)`,
  sql`CREATE TABLE entry_details (
    entry_id TEXT PRIMARY KEY NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
    remedy TEXT,
    resolved_on TEXT,
    promise_due TEXT,
    promise_status TEXT CHECK (promise_status IN ('open', 'kept', 'broken')),
    gift_item TEXT,
    gift_occasion TEXT,
    satisfaction INTEGER CHECK (satisfaction BETWEEN 1 AND 5),
    follow_up_on TEXT,
    follow_up_done_at TEXT
  ) STRICT`,
  sql`CREATE INDEX entry_details_follow_up ON entry_details (follow_up_on) WHERE follow_up_on IS NOT NULL AND follow_up_done_at IS NULL`,
  sql`CREATE INDEX entry_details_promise ON entry_details (promise_due) WHERE promise_status = 'open'`,
  sql`DELETE FROM settings WHERE key = 'stats.visitVersion'`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DELETE FROM settings WHERE key = 'stats.visitVersion'`.execute(db);
  await sql`DROP TABLE entry_details`.execute(db);
  await sql`DROP TABLE important_dates`.execute(db);
  await sql`DROP TABLE key_people`.execute(db);
  await sql`DROP INDEX customers_referred_by`.execute(db);
  await sql`ALTER TABLE customers DROP COLUMN median_gap_days`.execute(db);
  await sql`ALTER TABLE customers DROP COLUMN visit_count`.execute(db);
  await sql`ALTER TABLE customers DROP COLUMN referred_by`.execute(db);
}
