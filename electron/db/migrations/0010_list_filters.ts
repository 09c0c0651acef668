import { sql, type Kysely } from 'kysely';

// Frozen. Every filter of the customer list gets an index that answers it without reading the
// customers table, so a page and its count cost what the filter matches, not the size of the book:
// - live customers by when they were last seen (with when they were written down, which "recent"
//   falls back on) for "seen within" and "not seen for";
// - live customers by name with the other words the text filter reads, so that filter scans an
//   index rather than the table (it replaces the 0009 index it extends, whose order it keeps);
// - archived customers, so the list's counts over other tables can leave them out in one small set;
// - the book's values by tier, stage and spend, each ordered the way the list sorts by spend (ties
//   newest first); these replace the two 0005 indexes they extend;
// - tags as the list matches them (whatever their Latin case) and birthdays by month;
// - and, for the insight "new vs returning", the book's values by first visit: each month's new
//   customers are a range of it rather than a read of every customer's values.
const statements = [
  sql`CREATE INDEX customers_live_seen ON customers (last_visit_at, created_at, id) WHERE archived_at IS NULL`,
  sql`CREATE INDEX customers_archived ON customers (id) WHERE archived_at IS NOT NULL`,
  sql`DROP INDEX customers_live_name`,
  sql`CREATE INDEX customers_live_name ON customers (name, id, address_as, company) WHERE archived_at IS NULL`,
  sql`DROP INDEX customer_value_tier`,
  sql`DROP INDEX customer_value_spend`,
  sql`CREATE INDEX customer_value_tier ON customer_value (tier, spend_window DESC, customer_id DESC)`,
  sql`CREATE INDEX customer_value_stage ON customer_value (stage, spend_window DESC, customer_id DESC)`,
  sql`CREATE INDEX customer_value_spend ON customer_value (spend_window DESC, customer_id DESC)`,
  sql`CREATE INDEX customer_tags_folded ON customer_tags (tag COLLATE NOCASE, customer_id)`,
  sql`CREATE INDEX customer_value_first_visit ON customer_value (first_visit_at) WHERE first_visit_at IS NOT NULL`,
  sql`CREATE INDEX important_dates_birthday ON important_dates (month, customer_id) WHERE kind = 'birthday' AND person_id IS NULL`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const index of [
    'important_dates_birthday',
    'customer_value_first_visit',
    'customer_tags_folded',
    'customer_value_spend',
    'customer_value_stage',
    'customer_value_tier',
    'customers_archived',
    'customers_live_seen',
    'customers_live_name',
  ])
    await sql`DROP INDEX ${sql.table(index)}`.execute(db);
  await sql`CREATE INDEX customers_live_name ON customers (name, id) WHERE archived_at IS NULL`.execute(db);
  await sql`CREATE INDEX customer_value_tier ON customer_value (tier, spend_window DESC)`.execute(db);
  await sql`CREATE INDEX customer_value_spend ON customer_value (spend_window DESC)`.execute(db);
}
