import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../../db/database';
import { deviceIdKey } from './field-stamps';
import { stampTriggers } from './stamp-triggers';
import { documentKinds, documentOfRow, sharedSettingSql } from './sync-documents';

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * What a trigger does for the document `doc` (SQL naming it): moves it to the end of the outbox.
 * `seq` only grows while a document waits (the update reads the largest before writing), so the
 * pump, which removes a row only when its seq is still the one it sent, never drops a newer write.
 * Spelled without UPSERT and OR clauses: a trigger takes the conflict policy of the statement that
 * fired it (an INSERT OR IGNORE would otherwise ignore the note too).
 */
function noteDocument(doc: string, only = 'TRUE'): string {
  return (
    `UPDATE sync_outbox SET seq = (SELECT max(seq) + 1 FROM sync_outbox) WHERE doc_id = ${doc} AND ${only}; ` +
    `INSERT INTO sync_outbox (doc_id, seq) SELECT ${doc}, (SELECT coalesce(max(seq), 0) + 1 FROM sync_outbox) ` +
    `WHERE ${only} AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE doc_id = ${doc});`
  );
}

/** The mark that the writes under way came from the hub (see whileApplyingIncoming). */
const applyingKey = 'applying';
const notApplying = `NOT EXISTS (SELECT 1 FROM sync_state WHERE key = '${applyingKey}')`;

/**
 * The update a table's trigger listens for: of any column, or for a table with columns each
 * device derives (a customer's visit statistics, written with every entry), of the others only.
 */
async function updatedColumns(db: Db, table: string): Promise<string> {
  const local = Object.values(documentKinds).find((d) => d.root === table)?.localColumns ?? [];
  if (local.length === 0) return 'UPDATE';
  const columns = (await sql<{ name: string }>`SELECT name FROM pragma_table_info(${table})`.execute(db)).rows
    .map((c) => c.name)
    .filter((c) => !local.includes(c));
  return `UPDATE OF ${columns.map(quote).join(', ')}`;
}

/** The triggers that note documents, by name, as SQL. */
async function outboxTriggers(db: Db): Promise<Map<string, string>> {
  const present = new Set(
    (await sql<{ name: string }>`SELECT name FROM pragma_table_list WHERE schema = 'main'`.execute(db)).rows.map((t) => t.name),
  );
  const triggers = new Map<string, string>();
  for (const [table, documentOf] of Object.entries(documentOfRow)) {
    if (!present.has(table)) continue;
    const update = await updatedColumns(db, table);
    for (const [event, row] of [
      ['INSERT', 'NEW'],
      ['UPDATE', 'NEW'],
      ['DELETE', 'OLD'],
    ] as const) {
      const conditions = [notApplying, ...(table === 'settings' ? [sharedSettingSql(row)] : [])];
      // An update that moves a row to another document (a phone moved to the survivor of a
      // merge) touches the one it left too.
      const body =
        event === 'UPDATE'
          ? `${noteDocument(documentOf('NEW'))} ${noteDocument(documentOf('OLD'), `${documentOf('OLD')} IS NOT ${documentOf('NEW')}`)}`
          : noteDocument(documentOf(row));
      const name = `sync_${table}_${event.toLowerCase()}`;
      triggers.set(
        name,
        `CREATE TRIGGER IF NOT EXISTS ${quote(name)} AFTER ${event === 'UPDATE' ? update : event} ON ${quote(table)} ` +
          `WHEN ${conditions.join(' AND ')} BEGIN ${body} END`,
      );
    }
  }
  for (const [name, statement] of await stampTriggers(db, notApplying)) triggers.set(name, statement);
  return triggers;
}

/**
 * From now on every write to a replicated table notes the document it touched in the outbox, in
 * the writing statement itself, so in its transaction (a write committed by itself included): a
 * crash loses both or neither. Triggers of the book itself, made when it joins a hub and dropped
 * when it leaves: every connection that writes (the app, the command line, the values worker's
 * card expiry) notes alike, after a restart as before it, and a book that does not sync pays
 * nothing (a 100,000-row import writes some 400,000 rows). Not the changed-rows hook
 * (db/changed-rows.ts): it hands rows over in JavaScript at the commit, after it for a write
 * outside a transaction, and a row's document is lost with the row it deleted. Writes applying
 * what came from the hub (`whileApplyingIncoming`) are not noted.
 */
export async function startOutbox(db: Db): Promise<void> {
  // The device's part of its stamps: random, so two counters never stamp alike.
  await sql`INSERT OR IGNORE INTO sync_state (key, value) VALUES (${deviceIdKey}, ${randomBytes(4).toString('hex')})`.execute(db);
  for (const statement of (await outboxTriggers(db)).values()) await sql.raw(statement).execute(db);
}

/** Stops noting documents (the book left its hub). */
export async function stopOutbox(db: Db): Promise<void> {
  const made = await sql<{
    name: string;
  }>`SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync\\_%' ESCAPE '\\'`.execute(db);
  for (const { name } of made.rows) await sql.raw(`DROP TRIGGER ${quote(name)}`).execute(db);
}

/**
 * Runs `write` inside the caller's transaction without noting its documents: they came from the
 * hub. The mark is a row the same transaction writes and removes, so no other write ever sees it
 * committed (and a crash rolls it back with the rest).
 */
export async function whileApplyingIncoming<T>(db: Db, write: () => Promise<T>): Promise<T> {
  await sql`INSERT OR IGNORE INTO sync_state (key, value) VALUES (${applyingKey}, '1')`.execute(db);
  try {
    return await write();
  } finally {
    await sql`DELETE FROM sync_state WHERE key = ${applyingKey}`.execute(db);
  }
}
