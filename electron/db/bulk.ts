import { CompiledQuery, type Insertable } from 'kysely';
import type { Database, Db } from './database';

/**
 * SQLite binds at most 32,766 values in one statement; 1,000 rows of the widest table (customers,
 * 16 columns) stay well under. Every bulk insert goes through this, so callers pass whole lists.
 */
export const rowsPerStatement = 1000;

export type Bindable = string | number | bigint | Uint8Array | null;

function quoted(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}

/**
 * Writes the SQL text itself rather than through kysely's builder: a builder tree of every value
 * of 100,000 imported rows cost more time (and garbage collection) than SQLite spent inserting
 * them; and full chunks share one text, so the connection's statement cache prepares it once.
 * Columns are the union of the rows' keys; a row without one gets NULL, as kysely's SQLite
 * compiler gives it (SQLite has no DEFAULT in VALUES).
 */
export async function insertRows<T extends keyof Database & string>(
  db: Db,
  table: T,
  rows: readonly Insertable<Database[T]>[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += rowsPerStatement) {
    const chunk: readonly Record<string, unknown>[] = rows.slice(i, i + rowsPerStatement);
    const seen = new Set<string>();
    for (const row of chunk) for (const column in row) seen.add(column);
    const columns = [...seen];
    const parameters = new Array<Bindable>(chunk.length * columns.length);
    let at = 0;
    for (const row of chunk) for (const column of columns) parameters[at++] = bindable(row[column]);
    await db.executeQuery(CompiledQuery.raw(insertText(table, columns, chunk.length), parameters));
  }
}

const insertTexts = new Map<string, string>();

/** The text of a VALUES insert, kept so that a bulk write does not build a 40 KB string per chunk. */
function insertText(table: string, columns: readonly string[], rows: number): string {
  const id = `${table}\u0000${columns.join('\u0000')}\u0000${rows}`;
  let text = insertTexts.get(id);
  if (text === undefined) {
    const placeholders = `(${columns.map(() => '?').join(', ')})`;
    text = `INSERT INTO ${quoted(table)} (${columns.map(quoted).join(', ')}) VALUES ${Array(rows).fill(placeholders).join(', ')}`;
    if (insertTexts.size > 100) insertTexts.clear();
    insertTexts.set(id, text);
  }
  return text;
}

function bindable(value: unknown): Bindable {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint' || value instanceof Uint8Array) return value;
  throw new TypeError(`insertRows cannot bind a ${typeof value}`);
}

/** Parameters in one statement of narrow rows (SQLite's limit is 32,766). */
const parametersPerStatement = 6000;

/**
 * For the index's millions of narrow rows, given as tuples in `columns` order, so no object is
 * made per row. Every full chunk has the same text, so its statement is prepared once.
 */
export async function insertTuples(
  db: Db,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly Bindable[])[],
): Promise<void> {
  const perStatement = Math.floor(parametersPerStatement / columns.length);
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement);
    await db.executeQuery(CompiledQuery.raw(insertText(table, columns, chunk.length), chunk.flat()));
  }
}
