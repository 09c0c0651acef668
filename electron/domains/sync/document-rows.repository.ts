import { sql } from 'kysely';
import type { Db } from '../../db/database';
import type { MergeShape } from './field-merge';
import { cleanStamps, type Stamps } from './field-stamps';
import { dropStamps, readStamps, writeStamps } from './stamps.repository';
import { documentKinds, type DocumentKind } from './sync-documents';

/**
 * A document's content: the rows of its tables, by table, each row by column, in a fixed order (so
 * two devices holding the same document hold the same body). Replication's SQL touches every
 * replicated domain's tables through this one module, by the document model, never by hand.
 */
export interface DocumentBody {
  kind: string;
  rows: Record<string, Record<string, unknown>[]>;
  /** A document merged field by field (a customer): when each field last changed (field-stamps.ts). */
  stamps?: Stamps;
}

/** The kind and key values of a document id ("customer/<id>", "kept-apart/<a>/<b>"), or null for one this book does not know. */
export function parseDocumentId(docId: string): { kind: string; model: DocumentKind; key: string[] } | null {
  const at = docId.indexOf('/');
  const kind = docId.slice(0, at);
  const model = at > 0 ? documentKinds[kind] : undefined;
  if (model === undefined) return null;
  const rest = docId.slice(at + 1);
  const key = model.key.length === 1 ? [rest] : rest.split('/');
  return key.length === model.key.length && key.every((k) => k !== '') ? { kind, model, key } : null;
}

const byJson = (a: Record<string, unknown>, b: Record<string, unknown>) => {
  const x = JSON.stringify(a);
  const y = JSON.stringify(b);
  return x < y ? -1 : x > y ? 1 : 0;
};

async function selectRows(
  db: Db,
  table: string,
  columns: readonly string[],
  values: readonly string[],
): Promise<Record<string, unknown>[]> {
  const where = sql.join(
    columns.map((c, i) => sql`${sql.ref(c)} = ${values[i]}`),
    sql` AND `,
  );
  return (await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(table)} WHERE ${where}`.execute(db)).rows;
}

/** A document as this book holds it now, or null when the book holds none (deleted, or never made here). */
export async function readDocument(db: Db, docId: string): Promise<DocumentBody | null> {
  const parsed = parseDocumentId(docId);
  if (parsed === null) return null;
  const { kind, model, key } = parsed;
  const found = (await selectRows(db, model.root, model.key, key))[0];
  if (found === undefined) return null;
  const root = Object.fromEntries(Object.entries(found).filter(([column]) => !model.localColumns.includes(column)));
  const rows: DocumentBody['rows'] = { [model.root]: [root] };
  for (const [table, column] of model.parts) rows[table] = (await selectRows(db, table, [column], key)).sort(byJson);
  const stamps = model.merge === 'fields' ? await readStamps(db, docId) : undefined;
  return stamps === undefined ? { kind, rows } : { kind, rows, stamps };
}

const shapes = new Map<string, MergeShape>();

/** How a kind's document merges field by field: its part tables' own keys, read once from the schema. */
export async function mergeShapeOf(db: Db, docId: string): Promise<MergeShape> {
  const parsed = parseDocumentId(docId);
  if (parsed === null) throw new Error(`sync: ${docId} is not a document this book knows`);
  const known = shapes.get(parsed.kind);
  if (known !== undefined) return known;
  const parts: MergeShape['parts'][number][] = [];
  for (const [table, column] of parsed.model.parts) {
    const keys = await sql<{ name: string; pk: number }>`SELECT name, pk FROM pragma_table_info(${table}) WHERE pk > 0 ORDER BY pk`.execute(
      db,
    );
    const within = new Set(parsed.model.parts.map(([t]) => t));
    const refs = (
      await sql<{ table: string; from: string; to: string }>`SELECT "table", "from", "to" FROM pragma_foreign_key_list(${table})`.execute(
        db,
      )
    ).rows
      .filter((k) => within.has(k.table) && k.table !== table)
      .map((k) => ({ column: k.from, table: k.table, to: k.to }));
    parts.push({ table, key: keys.rows.map((k) => k.name).filter((k) => k !== column), ...(refs.length === 0 ? {} : { refs }) });
  }
  const shape: MergeShape = { kind: parsed.kind, root: parsed.model.root, key: parsed.model.key, parts };
  shapes.set(parsed.kind, shape);
  return shape;
}

async function columnsOf(db: Db, table: string): Promise<Set<string>> {
  const found = await sql<{ name: string }>`SELECT name FROM pragma_table_info(${table})`.execute(db);
  return new Set(found.rows.map((r) => r.name));
}

/** Refuses a body that would write outside its document: other tables, other rows, columns the table lacks. */
async function checkBody(
  db: Db,
  docId: string,
  model: DocumentKind,
  key: readonly string[],
  body: DocumentBody,
  whole = true,
): Promise<void> {
  const refuse = (why: string) => new Error(`sync: document ${docId} ${why}`);
  const allowed = new Map<string, string[]>([[model.root, [...model.key]], ...model.parts.map(([t, c]) => [t, [c]] as [string, string[]])]);
  for (const [table, rows] of Object.entries(body.rows)) {
    const keyColumns = allowed.get(table);
    if (keyColumns === undefined) throw refuse(`holds rows of ${table}`);
    if (table === model.root && rows.length !== 1) throw refuse('has no single root row');
    const columns = await columnsOf(db, table);
    for (const row of rows) {
      for (const column of Object.keys(row))
        if (!columns.has(column) || model.localColumns.includes(column)) throw refuse(`writes ${table}.${column}`);
      if (keyColumns.some((c, i) => row[c] !== key[table === model.root ? i : 0]))
        throw refuse(`holds a row of another document in ${table}`);
    }
  }
  if (whole && body.rows[model.root] === undefined) throw refuse('has no root row');
}

type Bindable = string | number | null;

function bindable(value: unknown): Bindable {
  if (value === null || typeof value === 'string' || typeof value === 'number') return value;
  throw new Error(`sync: a value of type ${typeof value} cannot be written`);
}

/**
 * Makes the book hold `body` for the document (null: hold none), inside the caller's transaction:
 * the root row is written in place (so what refers to it, a customer's entries, stays), its parts
 * replaced whole. What the book derives from it is the caller's to refresh. A document merged by
 * field takes the body's stamps with it when it came from another counter (`stamps: 'take'`);
 * written by the owner here, the book's triggers stamp what changed.
 */
export async function writeDocument(
  db: Db,
  docId: string,
  body: DocumentBody | null,
  stamps: 'take' | 'stamp here' = 'take',
): Promise<void> {
  const parsed = parseDocumentId(docId);
  if (parsed === null) throw new Error(`sync: ${docId} is not a document this book knows`);
  const { model, key } = parsed;
  const keyWhere = sql.join(
    model.key.map((c, i) => sql`${sql.ref(c)} = ${key[i]}`),
    sql` AND `,
  );
  if (body === null) {
    await sql`DELETE FROM ${sql.table(model.root)} WHERE ${keyWhere}`.execute(db);
    if (model.merge === 'fields') await dropStamps(db, docId);
    return;
  }
  await checkBody(db, docId, model, key, body);
  const root = body.rows[model.root]?.[0] ?? {};
  const columns = Object.keys(root);
  const updates = columns.filter((c) => !model.key.includes(c));
  await sql`INSERT INTO ${sql.table(model.root)} (${sql.join(columns.map((c) => sql.ref(c)))})
    VALUES (${sql.join(columns.map((c) => bindable(root[c])))})
    ON CONFLICT (${sql.join(model.key.map((c) => sql.ref(c)))}) DO ${
      updates.length === 0 ? sql`NOTHING` : sql`UPDATE SET ${sql.join(updates.map((c) => sql`${sql.ref(c)} = excluded.${sql.ref(c)}`))}`
    }`.execute(db);
  for (const [table, column] of model.parts) {
    await sql`DELETE FROM ${sql.table(table)} WHERE ${sql.ref(column)} = ${key[0]}`.execute(db);
    for (const row of body.rows[table] ?? []) {
      const names = Object.keys(row);
      await sql`INSERT INTO ${sql.table(table)} (${sql.join(names.map((c) => sql.ref(c)))})
        VALUES (${sql.join(names.map((c) => bindable(row[c])))})`.execute(db);
    }
  }
  if (model.merge === 'fields' && stamps === 'take') await writeStamps(db, docId, cleanStamps(body.stamps));
}

/**
 * Writes one field of a document the book holds (a body holding only it: one column of the root
 * row, or one phone, tag, like...) as the owner's write here, so the book's triggers stamp it as
 * the newest change and it goes out like any edit.
 */
export async function writeField(db: Db, docId: string, field: DocumentBody): Promise<void> {
  const parsed = parseDocumentId(docId);
  if (parsed === null) throw new Error(`sync: ${docId} is not a document this book knows`);
  const { model, key } = parsed;
  await checkBody(db, docId, model, key, field, false);
  for (const [table, rows] of Object.entries(field.rows)) {
    for (const row of rows) {
      const names = Object.keys(row);
      if (table === model.root) {
        const set = names.filter((c) => !model.key.includes(c));
        if (set.length === 0) continue;
        await sql`UPDATE ${sql.table(table)} SET ${sql.join(set.map((c) => sql`${sql.ref(c)} = ${bindable(row[c])}`))}
          WHERE ${sql.join(
            model.key.map((c, i) => sql`${sql.ref(c)} = ${key[i]}`),
            sql` AND `,
          )}`.execute(db);
        continue;
      }
      if (!model.parts.some(([t]) => t === table)) continue;
      // Written in place, never deleted and written again: what refers to the row (a key person's
      // dates) would go with a deletion.
      const keyColumns = (
        await sql<{ name: string }>`SELECT name FROM pragma_table_info(${table}) WHERE pk > 0 ORDER BY pk`.execute(db)
      ).rows.map((c) => c.name);
      const rest = names.filter((c) => !keyColumns.includes(c));
      await sql`INSERT INTO ${sql.table(table)} (${sql.join(names.map((c) => sql.ref(c)))})
        VALUES (${sql.join(names.map((c) => bindable(row[c])))})
        ON CONFLICT (${sql.join(keyColumns.map((c) => sql.ref(c)))}) DO ${
          rest.length === 0 ? sql`NOTHING` : sql`UPDATE SET ${sql.join(rest.map((c) => sql`${sql.ref(c)} = excluded.${sql.ref(c)}`))}`
        }`.execute(db);
    }
  }
}

/** What each table's rows refer to: a column and the table and column it names. */
export type References = Map<string, { from: string; table: string; to: string }[]>;

/**
 * Whether a row of `body` refers to a row the book does not hold (a diary entry whose customer is
 * missing), by the tables' own foreign keys: a question about the document's rows alone, where
 * SQLite's foreign_key_check reads the whole book. `references` is filled as tables are met.
 */
export async function refersToMissing(db: Db, body: DocumentBody, references: References): Promise<boolean> {
  for (const [table, rows] of Object.entries(body.rows)) {
    let keys = references.get(table);
    if (keys === undefined) {
      keys = (
        await sql<{
          from: string;
          table: string;
          to: string | null;
        }>`SELECT "from", "table", "to" FROM pragma_foreign_key_list(${table})`.execute(db)
      ).rows.map((k) => ({ from: k.from, table: k.table, to: k.to ?? 'rowid' }));
      references.set(table, keys);
    }
    for (const key of keys) {
      for (const row of rows) {
        const value = row[key.from];
        if (value === null || value === undefined) continue;
        const found = await sql`SELECT 1 FROM ${sql.table(key.table)} WHERE ${sql.ref(key.to)} = ${bindable(value)}`.execute(db);
        if (found.rows.length === 0) return true;
      }
    }
  }
  return false;
}

/** The tables some foreign key names: rows that others may refer to. */
export async function referencedTables(db: Db): Promise<Set<string>> {
  const found = await sql<{ name: string }>`SELECT DISTINCT f."table" AS name FROM sqlite_master m, pragma_foreign_key_list(m.name) f
    WHERE m.type = 'table'`.execute(db);
  return new Set(found.rows.map((r) => r.name));
}
