import { sql, type Kysely } from 'kysely';

// Frozen. Lets the daily value pass recompute only the customers that can have changed since the
// last one: each value row keeps the last visit it was computed from (so the pass finds whose
// recency crosses a tier line as days pass), and triggers note every customer whose visits,
// purchases or value-relevant fields were written since the last pass. While the book's values
// are invalid anyway (no `value.computedOn`: a fresh book, an import under way) nothing is noted,
// so bulk writes pay one settings lookup per row. The insert is spelled without OR IGNORE because
// a trigger takes the conflict policy of the statement that fired it.
const noting = `EXISTS (SELECT 1 FROM settings WHERE key = 'value.computedOn')`;
const note = (...customers: string[]) =>
  customers
    .map(
      (c) =>
        `INSERT INTO value_changes (customer_id) SELECT id FROM (SELECT ${c} AS id) AS x ` +
        `WHERE id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM value_changes WHERE customer_id = x.id);`,
    )
    .join(' ');
const ofLine = (line: string) => `(SELECT customer_id FROM entries WHERE id = ${line}.entry_id)`;

const triggers: [name: string, event: string, body: string][] = [
  ['value_changes_entry_added', 'AFTER INSERT ON entries', note('NEW.customer_id')],
  ['value_changes_entry_removed', 'AFTER DELETE ON entries', note('OLD.customer_id')],
  [
    'value_changes_entry_changed',
    'AFTER UPDATE OF customer_id, kind, occurred_at, deleted_at ON entries',
    note('OLD.customer_id', 'NEW.customer_id'),
  ],
  ['value_changes_line_added', 'AFTER INSERT ON purchase_lines', note(ofLine('NEW'))],
  ['value_changes_line_removed', 'AFTER DELETE ON purchase_lines', note(ofLine('OLD'))],
  ['value_changes_line_changed', 'AFTER UPDATE ON purchase_lines', note(ofLine('OLD'), ofLine('NEW'))],
  ['value_changes_customer_added', 'AFTER INSERT ON customers', note('NEW.id')],
  ['value_changes_customer_removed', 'AFTER DELETE ON customers', note('OLD.id')],
  [
    'value_changes_customer_changed',
    'AFTER UPDATE OF archived_at, created_at, median_gap_days, tier_override ON customers',
    note('NEW.id'),
  ],
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE customer_value ADD COLUMN last_visit_at TEXT`.execute(db);
  await sql`CREATE TABLE value_changes (customer_id TEXT PRIMARY KEY NOT NULL) STRICT, WITHOUT ROWID`.execute(db);
  for (const [name, event, body] of triggers) {
    await sql.raw(`CREATE TRIGGER ${name} ${event} WHEN ${noting} BEGIN ${body} END`).execute(db);
  }
  // Rows written before this have no last visit: the next pass recomputes the whole book.
  await sql`DELETE FROM settings WHERE key = 'value.computedOn'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const [name] of [...triggers].reverse()) await sql.raw(`DROP TRIGGER ${name}`).execute(db);
  await sql`DROP TABLE value_changes`.execute(db);
  await sql`ALTER TABLE customer_value DROP COLUMN last_visit_at`.execute(db);
}
