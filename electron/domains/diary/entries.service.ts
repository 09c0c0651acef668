import { newId } from '../../db/new-id';
import type { CallOutput, Entry, EntryDetails, ParsedInput, PurchaseLine } from '../../../shared/contract';
import { detailsProblem } from '../../../shared/contract';
import { addDays, dayInZone } from '../../../shared/domain/calendar-date';
import { groupBy } from '../../../shared/domain/group-by';
import type { EntryDetailsRow } from '../entries/entries.table';
import { AppError, notFound } from '../../api/app-error';
import type { ServiceContext } from '../../api/context';
import type { Db } from '../../db/database';
import { findCustomer } from '../customers/customers.repository';
import { reindexEntry } from '../search/search-index.service';
import { refreshCustomerValue } from '../value/value.service';
import { lastEditedOf } from '../entries/entry-revisions.repository';
import { keepRevision } from '../entries/entry-revisions.service';
import { toLine } from '../entries/purchase-line';
import { defaultCurrency, loadSettings } from '../settings/settings.service';
import { refreshVisitStats } from '../entries/visit-stats.service';
import { entryAuthor } from '../team/team.service';
import * as repo from '../entries/entries.repository';
import type { EntryRow, EntryUpdate } from '../entries/entries.table';

type LineInput = ParsedInput<'entries.add'>['lines'][number];
type DetailsInput = NonNullable<ParsedInput<'entries.add'>['details']>;

/** A purchase's total, when every line has an amount in one currency; otherwise unknown. */
export function totalOf(lines: PurchaseLine[]): { totalMinor: number | null; currency: string | null } {
  const first = lines[0];
  if (first === undefined) return { totalMinor: null, currency: null };
  if (lines.some((l) => l.currency !== first.currency)) return { totalMinor: null, currency: null };
  const known = lines.filter((l) => l.amountMinor !== null);
  if (known.length === 0) return { totalMinor: null, currency: first.currency };
  return { totalMinor: known.reduce((sum, l) => sum + (l.amountMinor ?? 0), 0), currency: first.currency };
}

function toDetails(row: EntryDetailsRow | undefined): EntryDetails | null {
  if (row === undefined) return null;
  return {
    remedy: row.remedy,
    resolvedOn: row.resolved_on,
    promiseDue: row.promise_due,
    promiseStatus: row.promise_status,
    giftItem: row.gift_item,
    giftOccasion: row.gift_occasion,
    satisfaction: row.satisfaction,
    followUpOn: row.follow_up_on,
    followUpDoneAt: row.follow_up_done_at,
  };
}

export function toEntry(row: EntryRow, lines: PurchaseLine[], details?: EntryDetailsRow, editedAt: string | null = null): Entry {
  return {
    id: row.id,
    customerId: row.customer_id,
    occurredAt: row.occurred_at,
    kind: row.kind as Entry['kind'],
    text: row.text,
    lines,
    ...totalOf(lines),
    details: toDetails(details),
    deletedAt: row.deleted_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    editedAt,
    writtenOn: row.written_on,
    writtenBy: row.written_by,
  };
}

export async function withLines(db: Db, rows: EntryRow[]): Promise<Entry[]> {
  const ids = rows.map((r) => r.id);
  const [lines, details, edited] = await Promise.all([repo.linesOf(db, ids), repo.detailsOf(db, ids), lastEditedOf(db, ids)]);
  const byEntry = groupBy(lines, (l) => l.entry_id);
  const detailsBy = new Map(details.map((d) => [d.entry_id, d]));
  return rows.map((row) => toEntry(row, (byEntry.get(row.id) ?? []).map(toLine), detailsBy.get(row.id), edited.get(row.id) ?? null));
}

export async function loadEntry(db: Db, id: string): Promise<Entry> {
  const row = await repo.findEntry(db, id);
  if (row === undefined) throw notFound('entry');
  const [entry] = await withLines(db, [row]);
  if (entry === undefined) throw notFound('entry');
  return entry;
}

function lineRows(entryId: string, lines: LineInput[], currency: string) {
  return lines.map((line, position) => ({
    id: newId(),
    entry_id: entryId,
    position,
    item: line.item,
    colour: line.colour,
    size: line.size,
    quantity: line.quantity,
    unit_price_minor: line.unitPriceMinor,
    amount_minor: line.amountMinor ?? (line.unitPriceMinor === null ? null : line.unitPriceMinor * line.quantity),
    currency: line.currency ?? currency,
  }));
}

/** Keeps the customer's visit statistics and value current, in the same transaction. */
export async function refreshLastVisit(db: Db, customerId: string): Promise<void> {
  await refreshVisitStats(db, customerId);
  await refreshCustomerValue(db, customerId);
}

/**
 * Writes the structured part of an entry. A resolved complaint gets its follow-up call a few days
 * later (a setting) unless one was given; a new promise starts open.
 */
async function saveDetails(db: Db, entryId: string, kind: string, details: DetailsInput | null): Promise<void> {
  if (details === null) {
    if (kind === 'promise' || kind === 'gift') return;
    await repo.deleteDetails(db, entryId);
    return;
  }
  const settings = await loadSettings(db);
  if (kind === 'complaint' && details.resolvedOn !== null) {
    // A complaint cannot be resolved before the day it was made (in the shop's days).
    const entry = await repo.findEntry(db, entryId);
    const filedOn = entry === undefined ? null : dayInZone(new Date(entry.occurred_at), settings.timeZone);
    if (filedOn !== null && details.resolvedOn < filedOn)
      throw AppError.saying('INVALID_INPUT', 'resolvedBeforeFiled', { resolvedOn: details.resolvedOn, filedOn });
  }
  let followUpOn = details.followUpOn;
  if (kind === 'complaint' && details.resolvedOn !== null && followUpOn === null)
    followUpOn = addDays(details.resolvedOn, settings.complaintFollowUpDays);
  const existing = (await repo.detailsOf(db, [entryId]))[0];
  await repo.writeDetails(db, {
    entry_id: entryId,
    remedy: details.remedy,
    resolved_on: details.resolvedOn,
    promise_due: details.promiseDue,
    promise_status: kind === 'promise' ? (details.promiseStatus ?? 'open') : null,
    gift_item: details.giftItem,
    gift_occasion: details.giftOccasion,
    satisfaction: details.satisfaction,
    follow_up_on: followUpOn,
    follow_up_done_at: existing !== undefined && existing.follow_up_on === followUpOn ? existing.follow_up_done_at : null,
  });
}

function toUtc(instant: string): string {
  return new Date(instant).toISOString();
}

export async function addEntry(ctx: ServiceContext, input: ParsedInput<'entries.add'>): Promise<Entry> {
  return ctx.db.transaction().execute(async (trx) => loadEntry(trx, await writeEntry(trx, ctx.now(), input)));
}

/**
 * Who signs an entry: this counter (its name and who is at it, as they are now), or nobody, for
 * lines no one at a counter wrote (points expiring by themselves, openings read from a file).
 */
export type Signature = 'counter' | 'none';

/** Writes a diary entry inside the caller's transaction (a card movement writes its line this way), under `id` when the caller names it; its id. */
export async function writeEntry(
  trx: Db,
  at: Date,
  input: ParsedInput<'entries.add'>,
  signed: Signature = 'counter',
  id = newId(),
): Promise<string> {
  if ((await findCustomer(trx, input.customerId)) === undefined) throw notFound('customer');
  const now = at.toISOString();
  await repo.insertEntry(trx, {
    id,
    customer_id: input.customerId,
    occurred_at: input.occurredAt === undefined ? now : toUtc(input.occurredAt),
    kind: input.kind,
    text: input.text,
    deleted_at: null,
    created_at: now,
    updated_at: now,
    ...(signed === 'counter' ? await entryAuthor(trx) : {}),
  });
  await repo.insertLines(trx, lineRows(id, input.lines, await defaultCurrency(trx)));
  if (input.details !== null) await saveDetails(trx, id, input.kind, input.details);
  await refreshLastVisit(trx, input.customerId);
  await reindexEntry(trx, id);
  return id;
}

export async function updateEntry(ctx: ServiceContext, input: ParsedInput<'entries.update'>): Promise<Entry> {
  const { id, patch } = input;
  return ctx.db.transaction().execute(async (trx) => {
    const existing = await repo.findEntry(trx, id);
    if (existing === undefined) throw notFound('entry');
    const kind = patch.kind ?? existing.kind;
    const currentLines = await repo.linesOf(trx, [id]);
    const lineCount = patch.lines?.length ?? currentLines.length;
    if (kind !== 'purchase' && lineCount > 0) {
      throw AppError.saying('INVALID_INPUT', 'linesOnlyOnPurchase');
    }
    const text = patch.text ?? existing.text;
    const currentDetails = toDetails((await repo.detailsOf(trx, [id]))[0]);
    const details = patch.details === undefined ? currentDetails : patch.details;
    if (text.trim() === '' && lineCount === 0 && !(kind === 'gift' && details?.giftItem != null)) {
      throw AppError.saying('INVALID_INPUT', 'entryEmpty');
    }
    const problem = detailsProblem({ kind, details: details === null ? null : { ...details } });
    if (problem !== null) throw AppError.invalid('entries.update', [{ path: ['patch', ...problem.path], key: problem.key, params: {} }]);
    const update: EntryUpdate = { updated_at: ctx.now().toISOString(), kind, text };
    if (patch.occurredAt !== undefined) update.occurred_at = toUtc(patch.occurredAt);
    await keepRevision(trx, existing, currentLines, currentDetails, { ...update, lines: patch.lines }, ctx.now());
    await repo.updateEntry(trx, id, update);
    if (patch.lines !== undefined) {
      await repo.deleteLinesOf(trx, id);
      await repo.insertLines(trx, lineRows(id, patch.lines, await defaultCurrency(trx)));
    }
    if (patch.details !== undefined) await saveDetails(trx, id, kind, patch.details);
    else if (
      patch.kind !== undefined &&
      patch.kind !== existing.kind &&
      currentDetails !== null &&
      detailsProblem({ kind, details: { ...currentDetails } }) !== null
    ) {
      await repo.deleteDetails(trx, id);
    }
    await refreshLastVisit(trx, existing.customer_id);
    await reindexEntry(trx, id);
    return loadEntry(trx, id);
  });
}

async function setDeleted(ctx: ServiceContext, id: string, deleted: boolean): Promise<Entry> {
  return ctx.db.transaction().execute(async (trx) => {
    const existing = await repo.findEntry(trx, id);
    if (existing === undefined) throw notFound('entry');
    const now = ctx.now().toISOString();
    await repo.updateEntry(trx, id, { deleted_at: deleted ? (existing.deleted_at ?? now) : null, updated_at: now });
    await refreshLastVisit(trx, existing.customer_id);
    await reindexEntry(trx, id);
    return loadEntry(trx, id);
  });
}

export function deleteEntry(ctx: ServiceContext, input: ParsedInput<'entries.delete'>): Promise<Entry> {
  return setDeleted(ctx, input.id, true);
}

export function restoreEntry(ctx: ServiceContext, input: ParsedInput<'entries.restore'>): Promise<Entry> {
  return setDeleted(ctx, input.id, false);
}

function parseCursor(cursor: string | null): { occurredAt: string; id: string } | null {
  if (cursor === null) return null;
  const [occurredAt, id] = cursor.split('|');
  if (occurredAt === undefined || id === undefined) return null;
  return { occurredAt, id };
}

export async function customerTimeline(
  ctx: ServiceContext,
  input: ParsedInput<'entries.timeline'>,
): Promise<{ items: Entry[]; nextCursor: string | null }> {
  if ((await findCustomer(ctx.db, input.customerId)) === undefined) throw notFound('customer');
  const rows = await repo.timeline(ctx.db, input.customerId, input.limit + 1, parseCursor(input.cursor));
  const page = rows.slice(0, input.limit);
  const last = page[page.length - 1];
  const nextCursor = rows.length > input.limit && last !== undefined ? `${last.occurred_at}|${last.id}` : null;
  return { items: await withLines(ctx.db, page), nextCursor };
}

export async function customerTrash(ctx: ServiceContext, input: ParsedInput<'entries.trash'>): Promise<{ items: Entry[] }> {
  if ((await findCustomer(ctx.db, input.customerId)) === undefined) throw notFound('customer');
  return { items: await withLines(ctx.db, await repo.trashOf(ctx.db, input.customerId)) };
}

export async function customerPurchases(
  ctx: ServiceContext,
  input: ParsedInput<'entries.purchased'>,
): Promise<CallOutput<'entries.purchased'>> {
  if ((await findCustomer(ctx.db, input.customerId)) === undefined) throw notFound('customer');
  const rows = await repo.purchasedBy(ctx.db, input.customerId, 1000);
  return { items: rows.map((r) => ({ entryId: r.entry_id, occurredAt: r.occurred_at, item: r.item, colour: r.colour, size: r.size })) };
}

export async function customerGifts(ctx: ServiceContext, input: ParsedInput<'entries.gifts'>): Promise<CallOutput<'entries.gifts'>> {
  if ((await findCustomer(ctx.db, input.customerId)) === undefined) throw notFound('customer');
  const rows = await repo.giftsOf(ctx.db, input.customerId);
  return {
    items: rows
      .filter((r): r is typeof r & { gift_item: string } => r.gift_item !== null)
      .map((r) => ({ entryId: r.entry_id, occurredAt: r.occurred_at, item: r.gift_item, occasion: r.gift_occasion })),
  };
}
