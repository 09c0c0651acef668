import type { Entry, EntryDetails, ParsedInput } from '../../../shared/contract';
import { notFound } from '../../api/app-error';
import type { ServiceContext } from '../../api/context';
import type { Db } from '../../db/database';
import { newId } from '../../db/new-id';
import { findEntry } from './entries.repository';
import type { EntryRow, EntryUpdate, PurchaseLineRow } from './entries.table';
import { insertRevision, revisionsOf } from './entry-revisions.repository';
import { toLine } from './purchase-line';

type LineInput = NonNullable<ParsedInput<'entries.update'>['patch']['lines']>[number];

interface Incoming extends EntryUpdate {
  lines?: readonly LineInput[];
}

/**
 * Keeps the version an update replaces, when the update changes what the entry says (its words,
 * kind, time or lines): a correction is a new fact, the old one stays readable.
 */
export async function keepRevision(
  trx: Db,
  existing: EntryRow,
  lines: readonly PurchaseLineRow[],
  details: EntryDetails | null,
  incoming: Incoming,
  now: Date,
): Promise<void> {
  const changed =
    (incoming.text !== undefined && incoming.text !== existing.text) ||
    (incoming.kind !== undefined && incoming.kind !== existing.kind) ||
    (incoming.occurred_at !== undefined && incoming.occurred_at !== existing.occurred_at) ||
    (incoming.lines !== undefined && linesDiffer(incoming.lines, lines));
  if (!changed) return;
  await insertRevision(trx, {
    id: newId(),
    entry_id: existing.id,
    occurred_at: existing.occurred_at,
    kind: existing.kind,
    text: existing.text,
    lines: JSON.stringify(lines),
    details: details === null ? null : JSON.stringify(details),
    replaced_at: now.toISOString(),
  });
}

function linesDiffer(incoming: readonly LineInput[], lines: readonly PurchaseLineRow[]): boolean {
  if (incoming.length !== lines.length) return true;
  return incoming.some((l, i) => {
    const old = lines[i];
    return (
      old === undefined ||
      l.item !== old.item ||
      l.colour !== old.colour ||
      l.size !== old.size ||
      l.quantity !== old.quantity ||
      l.unitPriceMinor !== old.unit_price_minor
    );
  });
}

export async function entryRevisions(ctx: ServiceContext, input: ParsedInput<'entries.revisions'>) {
  const entry = await findEntry(ctx.db, input.id);
  if (entry === undefined) throw notFound('entry');
  const rows = await revisionsOf(ctx.db, input.id);
  return {
    items: rows.map((r) => ({
      id: r.id,
      occurredAt: r.occurred_at,
      kind: r.kind as Entry['kind'],
      text: r.text,
      lines: (JSON.parse(r.lines) as PurchaseLineRow[]).map(toLine),
      replacedAt: r.replaced_at,
    })),
  };
}
