import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { sql } from 'kysely';
import type { Db } from '../../db/database';
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
    `UPDATE main.sync_outbox SET seq = (SELECT max(seq) + 1 FROM main.sync_outbox) WHERE doc_id = ${doc} AND ${only}; ` +
    `INSERT INTO main.sync_outbox (doc_id, seq) SELECT ${doc}, (SELECT coalesce(max(seq), 0) + 1 FROM main.sync_outbox) ` +
    `WHERE ${only} AND NOT EXISTS (SELECT 1 FROM main.sync_outbox WHERE doc_id = ${doc});`
  );
}

/**
 * The update a table's trigger listens for: of any column, or for a table with columns each
 * device derives (a customer's visit statistics, written with every entry), of the others only.
 */
function updatedColumns(sqlite: BetterSqlite3.Database, table: string): string {
  const local = Object.values(documentKinds).find((d) => d.root === table)?.localColumns ?? [];
  if (local.length === 0) return 'UPDATE';
  const columns = (sqlite.pragma(`table_info(${quote(table)})`) as { name: string }[]).map((c) => c.name).filter((c) => !local.includes(c));
  return `UPDATE OF ${columns.map(quote).join(', ')}`;
}

const started = new WeakSet<BetterSqlite3.Database>();

/**
 * From now on every write of this connection to a replicated table notes the document it touched
 * in the outbox, in the writing statement itself, so in its transaction (a write committed by
 * itself included): a crash loses both or neither. TEMP triggers, made only while the book syncs:
 * a book that does not sync pays nothing (a 100,000-row import writes some 400,000 rows). Not the
 * changed-rows hook (db/changed-rows.ts): it hands rows over in JavaScript at the commit, after
 * it for a write outside a transaction, and a row's document is lost with the row it deleted.
 * Writes made while applying what came from the hub (`whileApplyingIncoming`) are not noted.
 */
export function startOutbox(sqlite: BetterSqlite3.Database): void {
  if (started.has(sqlite)) return;
  sqlite.exec('CREATE TEMP TABLE IF NOT EXISTS sync_applying (one INTEGER PRIMARY KEY)');
  const tables = new Set(
    (sqlite.pragma('table_list') as { schema: string; name: string }[]).filter((t) => t.schema === 'main').map((t) => t.name),
  );
  const statements: string[] = [];
  for (const [table, documentOf] of Object.entries(documentOfRow)) {
    const when = updatedColumns(sqlite, table);
    if (!tables.has(table)) continue;
    for (const [event, row] of [
      ['INSERT', 'NEW'],
      ['UPDATE', 'NEW'],
      ['DELETE', 'OLD'],
    ] as const) {
      const conditions = ['NOT EXISTS (SELECT 1 FROM temp.sync_applying)'];
      if (table === 'settings') conditions.push(sharedSettingSql(row));
      // An update that moves a row to another document (a phone moved to the survivor of a
      // merge) touches the one it left too.
      const body =
        event === 'UPDATE'
          ? noteDocument(documentOf('NEW')) + ' ' + noteDocument(documentOf('OLD'), `${documentOf('OLD')} IS NOT ${documentOf('NEW')}`)
          : noteDocument(documentOf(row));
      statements.push(
        `CREATE TEMP TRIGGER IF NOT EXISTS ${quote(`sync_${table}_${event.toLowerCase()}`)} AFTER ${event === 'UPDATE' ? when : event} ON main.${quote(table)} ` +
          `WHEN ${conditions.join(' AND ')} BEGIN ${body} END;`,
      );
    }
  }
  sqlite.exec(statements.join('\n'));
  started.add(sqlite);
}

/** Stops noting documents on this connection (the book left its hub). */
export function stopOutbox(sqlite: BetterSqlite3.Database): void {
  if (!started.has(sqlite)) return;
  const triggers = sqlite
    .prepare("SELECT name FROM temp.sqlite_master WHERE type = 'trigger' AND name LIKE 'sync\\_%' ESCAPE '\\'")
    .pluck()
    .all();
  for (const name of triggers) sqlite.exec(`DROP TRIGGER temp.${quote(String(name))}`);
  started.delete(sqlite);
}

/**
 * Runs `write` inside the caller's transaction without noting its documents: they came from the
 * hub. The mark is a row of a TEMP table of this connection, so it rolls back with the transaction.
 */
export async function whileApplyingIncoming<T>(db: Db, write: () => Promise<T>): Promise<T> {
  await sql`CREATE TEMP TABLE IF NOT EXISTS sync_applying (one INTEGER PRIMARY KEY)`.execute(db);
  await sql`INSERT OR IGNORE INTO temp.sync_applying (one) VALUES (1)`.execute(db);
  try {
    return await write();
  } finally {
    await sql`DELETE FROM temp.sync_applying`.execute(db);
  }
}
