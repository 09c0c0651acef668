import { sql } from 'kysely';
import type { Db } from '../../db/database';
import { rootField, stampSql } from './field-stamps';
import { documentKinds, documentOfRow } from './sync-documents';

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
const text = (value: string) => `'${value.replace(/'/g, "''")}'`;

/** Stamps one field of a document now (`gone`: it was removed), remembering the stamp it replaces. Spelled without UPSERT, like the outbox's note. */
function stampField(doc: string, field: string, gone: 0 | 1, only = 'TRUE'): string {
  return (
    `UPDATE sync_stamps SET prior = at, at = ${stampSql('at')}, gone = ${gone} WHERE doc_id = ${doc} AND field = ${field} AND ${only}; ` +
    `INSERT INTO sync_stamps (doc_id, field, at, prior, gone) SELECT ${doc}, ${field}, ${stampSql()}, NULL, ${gone} ` +
    `WHERE ${only} AND NOT EXISTS (SELECT 1 FROM sync_stamps WHERE doc_id = ${doc} AND field = ${field});`
  );
}

/** Stamps every field `fields` (a SELECT of one column `f`) names. */
function stampFields(doc: string, fields: string): string {
  return (
    `UPDATE sync_stamps SET prior = at, at = ${stampSql('at')}, gone = 0 WHERE doc_id = ${doc} AND field IN (${fields}); ` +
    `INSERT INTO sync_stamps (doc_id, field, at, prior, gone) SELECT ${doc}, f, ${stampSql()}, NULL, 0 FROM (${fields}) ` +
    `WHERE f NOT IN (SELECT field FROM sync_stamps WHERE doc_id = ${doc});`
  );
}

async function columnsOf(db: Db, table: string): Promise<{ name: string; pk: number }[]> {
  return (await sql<{ name: string; pk: number }>`SELECT name, pk FROM pragma_table_info(${table})`.execute(db)).rows;
}

/**
 * The triggers that stamp each field of a document merged field by field (a customer) when a
 * write here changes it, in the writing statement, like the outbox's: the customer's own columns
 * one by one, and each phone, tag, like, person or date as an element added, changed or removed.
 * `when` is the outbox's condition (not while applying what came from the hub, whose stamps come
 * with it). A row removed with its customer leaves no stamp: the customer's deletion is the document's.
 */
export async function stampTriggers(db: Db, when: string): Promise<Map<string, string>> {
  const triggers = new Map<string, string>();
  const make = (table: string, event: string, listen: string, condition: string, body: string) =>
    triggers.set(
      `sync_stamp_${table}_${event}`,
      `CREATE TRIGGER IF NOT EXISTS ${quote(`sync_stamp_${table}_${event}`)} AFTER ${listen} ON ${quote(table)} ` +
        `WHEN ${when} AND ${condition} BEGIN ${body} END`,
    );
  for (const model of Object.values(documentKinds)) {
    if (model.merge !== 'fields') continue;
    const docOf = documentOfRow[model.root];
    if (docOf === undefined) continue;
    const own = (await columnsOf(db, model.root))
      .map((c) => c.name)
      .filter((c) => !model.key.includes(c) && !model.localColumns.includes(c));
    if (own.length === 0) continue;
    const all = `SELECT column1 AS f FROM (VALUES ${own.map((c) => `(${text(rootField(model.root, c))})`).join(', ')})`;
    const changed =
      `SELECT column1 AS f FROM (VALUES ${own.map((c) => `(${text(rootField(model.root, c))}, OLD.${quote(c)} IS NOT NEW.${quote(c)})`).join(', ')}) ` +
      `WHERE column2`;
    make(model.root, 'insert', 'INSERT', 'TRUE', stampFields(docOf('NEW'), all));
    make(model.root, 'update', `UPDATE OF ${own.map(quote).join(', ')}`, 'TRUE', stampFields(docOf('NEW'), changed));
    make(model.root, 'delete', 'DELETE', 'TRUE', `DELETE FROM sync_stamps WHERE doc_id = ${docOf('OLD')};`);
    for (const [table, column] of model.parts) {
      const partDoc = documentOfRow[table];
      const columns = await columnsOf(db, table);
      if (partDoc === undefined || columns.length === 0) continue;
      const key = columns
        .filter((c) => c.pk > 0 && c.name !== column)
        .sort((a, b) => a.pk - b.pk)
        .map((c) => c.name);
      const field = (row: string) => `${text(`${table}|`)} || json_array(${key.map((c) => `${row}.${quote(c)}`).join(', ')})`;
      const anyChanged = columns.map((c) => `OLD.${quote(c.name)} IS NOT NEW.${quote(c.name)}`).join(' OR ');
      const moved = `(${partDoc('OLD')} IS NOT ${partDoc('NEW')} OR ${field('OLD')} IS NOT ${field('NEW')})`;
      const stillThere = `EXISTS (SELECT 1 FROM ${quote(model.root)} WHERE ${quote(model.key[0] ?? 'id')} = OLD.${quote(column)})`;
      make(table, 'insert', 'INSERT', 'TRUE', stampField(partDoc('NEW'), field('NEW'), 0));
      make(
        table,
        'update',
        'UPDATE',
        `(${anyChanged})`,
        `${stampField(partDoc('NEW'), field('NEW'), 0)} ${stampField(partDoc('OLD'), field('OLD'), 1, `${moved} AND ${stillThere}`)}`,
      );
      make(table, 'delete', 'DELETE', stillThere, stampField(partDoc('OLD'), field('OLD'), 1));
    }
  }
  // A merge remembers what the merging counter knew of the merged customer's fields (fold-merged.ts).
  const known = `UPDATE customer_merges SET stamps = (SELECT json_group_object(field, at) FROM sync_stamps WHERE doc_id = 'customer/' || NEW.merged_id) WHERE merged_id = NEW.merged_id;`;
  make('customer_merges', 'insert', 'INSERT', 'TRUE', known);
  make('customer_merges', 'update', 'UPDATE OF survivor_id, merged_at', 'TRUE', known);
  return triggers;
}
