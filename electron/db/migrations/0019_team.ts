import { sql, type Kysely } from 'kysely';

// Frozen. A team in one book (issue 19): each entry says on which counter and by whom it was
// written (names as they were then, so a later rename does not rewrite history), a customer may
// have a responsible staff member, and "my customers" is a range of an index rather than a walk of
// the book (partial: most customers of a one-person shop have nobody named). The counter's name
// was kept only while the book was joined to a hub (sync_state); it becomes this device's own
// setting (dotted, so it never replicates) and outlives leaving the hub.
const statements = [
  sql`ALTER TABLE entries ADD COLUMN written_on TEXT`,
  sql`ALTER TABLE entries ADD COLUMN written_by TEXT`,
  sql`ALTER TABLE customers ADD COLUMN responsible TEXT`,
  sql`CREATE INDEX customers_responsible ON customers (responsible, id) WHERE responsible IS NOT NULL`,
  sql`INSERT INTO settings (key, value)
    SELECT 'device.name', value FROM sync_state WHERE key = 'device.name' AND trim(value) <> ''
    ON CONFLICT (key) DO NOTHING`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX customers_responsible`.execute(db);
  await sql`ALTER TABLE customers DROP COLUMN responsible`.execute(db);
  await sql`ALTER TABLE entries DROP COLUMN written_by`.execute(db);
  await sql`ALTER TABLE entries DROP COLUMN written_on`.execute(db);
}
