import { sql, type Kysely } from 'kysely';

// Frozen. Member cards (issue 16): a card per customer (optional), punch cards sold to them, and
// an append-only ledger. Balances are never a row to update: each ledger line is an immutable
// fact with its own id (so replication can carry it later) and the balance of its purse after it,
// and the sum of a purse's lines must equal that. `movement_id` groups the lines one request
// wrote (a top-up writes principal and bonus). Lines are never edited: a trigger refuses any
// update but the diary line's link being cleared when that entry is deleted for good. They go
// only with their customer (deleted for good).
const statements = [
  sql`CREATE TABLE member_cards (
    customer_id TEXT PRIMARY KEY NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    number TEXT UNIQUE,
    joined_on TEXT NOT NULL,
    created_at TEXT NOT NULL
  ) STRICT`,
  sql`CREATE TABLE punch_cards (
    id TEXT PRIMARY KEY NOT NULL,
    customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    uses INTEGER NOT NULL CHECK (uses > 0),
    price_minor INTEGER CHECK (price_minor >= 0),
    valid_until TEXT,
    sold_at TEXT NOT NULL
  ) STRICT`,
  sql`CREATE INDEX punch_cards_customer ON punch_cards (customer_id, sold_at)`,
  sql`CREATE TABLE card_movements (
    id TEXT PRIMARY KEY NOT NULL,
    movement_id TEXT NOT NULL,
    customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    purse TEXT NOT NULL CHECK (purse IN ('points', 'principal', 'bonus', 'punch')),
    punch_id TEXT REFERENCES punch_cards (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('opening', 'earn', 'redeem', 'top_up', 'pay', 'sell_punch', 'punch', 'refund', 'expire', 'correction', 'merge')),
    delta INTEGER NOT NULL,
    balance_after INTEGER NOT NULL CHECK (balance_after >= 0),
    at TEXT NOT NULL,
    entry_id TEXT REFERENCES entries (id) ON DELETE SET NULL,
    reason TEXT,
    made_by TEXT,
    CHECK ((purse = 'punch') = (punch_id IS NOT NULL))
  ) STRICT`,
  sql`CREATE INDEX card_movements_purse ON card_movements (customer_id, purse, punch_id, at, id)`,
  sql`CREATE INDEX card_movements_at ON card_movements (at)`,
  sql`CREATE TRIGGER card_movements_append_only
    BEFORE UPDATE OF id, movement_id, customer_id, purse, punch_id, kind, delta, balance_after, at, reason, made_by ON card_movements
    BEGIN SELECT RAISE(ABORT, 'card ledger lines are never edited: write a correction'); END`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['card_movements', 'punch_cards', 'member_cards']) await sql`DROP TABLE ${sql.table(table)}`.execute(db);
}
