import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';

/** One row a transaction changed, once however often it was written: by table and key. */
export interface ChangedRow {
  table: string;
  /** The row's primary key (its id for most tables; a JSON list for a key of several columns; else its rowid). */
  key: string | number;
  change: 'insert' | 'update' | 'delete';
}

/** Told the rows a transaction changed, inside it, just before it commits (what replication's outbox will record). */
export type ChangedRowsListener = (rows: readonly ChangedRow[]) => void;

const listeners = new WeakMap<BetterSqlite3.Database, Set<ChangedRowsListener>>();
interface Notes {
  any: BetterSqlite3.Statement;
  net: BetterSqlite3.Statement;
  clear: BetterSqlite3.Statement;
}
const watched = new WeakMap<BetterSqlite3.Database, Notes>();

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** How a trigger names a row of `table`: its key column, its key columns as a JSON list, or its rowid. */
function keyExpression(sqlite: BetterSqlite3.Database, table: string, row: 'NEW' | 'OLD'): string {
  const columns = (sqlite.pragma(`table_info(${quote(table)})`) as { name: string; pk: number }[])
    .filter((column) => column.pk > 0)
    .sort((a, b) => a.pk - b.pk)
    .map((column) => `${row}.${quote(column.name)}`);
  if (columns.length === 0) return `${row}.rowid`;
  return columns.length === 1 ? (columns[0] ?? '') : `json_array(${columns.join(', ')})`;
}

/**
 * Every write to the book's own tables is noted by TEMP triggers of this connection into a TEMP
 * table, in the writing statement itself: whatever path the write took (a service, a repository,
 * a bulk insert, SQL in a migration-free helper), it is seen, and a rolled-back transaction takes
 * its notes with it. Triggers rather than a wrapper around each service's transaction because
 * services open transactions in some hundred places and a new one would be missed; TEMP because
 * they belong to this connection only (the values worker's derived writes are not the owner's
 * changes) and change nothing in the file. Virtual tables (FTS) and their shadows carry derived
 * keys and cannot have triggers; the migration bookkeeping is not the book's data.
 *
 * Cost, measured on this 2-core machine (shared, so noisy): a 20,000-customer CSV import notes
 * 251,180 rows (search keys are most of them) and took 4.7–5.8 s with a listener against 3.4–4.1 s
 * without the triggers; with the triggers but no listener it was within the noise. One
 * customers.create went from about 8 to 9.4 ms. So the triggers are made when the first listener
 * registers (onChangedRows), after the book's migrations: a book nobody listens to, which is every
 * book until replication, pays nothing, and its 100k-row imports stay as fast as they were. Should
 * the outbox find the cost too dear, derived tables (search_keys, customer_value) can be left
 * unwatched: they are rebuilt from their facts.
 */
function watchChangedRows(sqlite: BetterSqlite3.Database): void {
  if (watched.has(sqlite)) return;
  const tables = (sqlite.pragma('table_list') as { schema: string; name: string; type: string }[])
    .filter((t) => t.schema === 'main' && t.type === 'table' && !t.name.startsWith('sqlite_') && !t.name.startsWith('kysely_'))
    .map((t) => t.name);
  sqlite.exec(
    'CREATE TEMP TABLE IF NOT EXISTS changed_rows (seq INTEGER PRIMARY KEY, tbl TEXT NOT NULL, row_key ANY, change TEXT NOT NULL)',
  );
  for (const table of tables) {
    const note = (change: string, row: 'NEW' | 'OLD') =>
      `INSERT INTO temp.changed_rows (tbl, row_key, change) VALUES ('${table.replace(/'/g, "''")}', ${keyExpression(sqlite, table, row)}, '${change}')`;
    const name = (change: string) => quote(`changed_${table}_${change}`);
    sqlite.exec(`
      CREATE TEMP TRIGGER IF NOT EXISTS ${name('insert')} AFTER INSERT ON main.${quote(table)} BEGIN ${note('insert', 'NEW')}; END;
      CREATE TEMP TRIGGER IF NOT EXISTS ${name('update')} AFTER UPDATE ON main.${quote(table)} BEGIN ${note('update', 'NEW')}; END;
      CREATE TEMP TRIGGER IF NOT EXISTS ${name('delete')} AFTER DELETE ON main.${quote(table)} BEGIN ${note('delete', 'OLD')}; END;
    `);
  }
  watched.set(sqlite, {
    any: sqlite.prepare('SELECT 1 FROM temp.changed_rows LIMIT 1'),
    net: sqlite.prepare(netChanges),
    clear: sqlite.prepare('DELETE FROM temp.changed_rows'),
  });
}

/** Listens for the rows each transaction on this connection changes; answers a function that stops listening. */
export function onChangedRows(sqlite: BetterSqlite3.Database, listener: ChangedRowsListener): () => void {
  watchChangedRows(sqlite);
  const set = listeners.get(sqlite) ?? new Set();
  listeners.set(sqlite, set);
  set.add(listener);
  return () => set.delete(listener);
}

// Each row once, by what it is at the end: new, changed or gone. A row both made and removed in the
// same transaction never existed outside it and is not reported.
const netChanges = `
  SELECT g.tbl AS "table", g.row_key AS "key",
    CASE WHEN f.change = 'insert' THEN 'insert' WHEN l.change = 'delete' THEN 'delete' ELSE 'update' END AS change
  FROM (SELECT tbl, row_key, MIN(seq) AS first_seq, MAX(seq) AS last_seq FROM temp.changed_rows GROUP BY tbl, row_key) g
  JOIN temp.changed_rows f ON f.seq = g.first_seq
  JOIN temp.changed_rows l ON l.seq = g.last_seq
  WHERE NOT (f.change = 'insert' AND l.change = 'delete')
  ORDER BY first_seq`;

/**
 * Takes the rows noted since the last time (this transaction's, when called just before its
 * commit) and hands them to the listeners, inside the transaction: a listener that throws stops
 * the commit. With no listener the notes are only cleared.
 */
export function takeChangedRows(sqlite: BetterSqlite3.Database): void {
  const notes = watched.get(sqlite);
  if (notes === undefined || notes.any.get() === undefined) return;
  const set = listeners.get(sqlite) ?? new Set();
  if (set.size > 0) {
    const rows = notes.net.all() as ChangedRow[];
    for (const listener of set) listener(rows);
  }
  notes.clear.run();
}
