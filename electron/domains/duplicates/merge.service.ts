import type { CallOutput, ParsedInput } from '../../../shared/contract';
import type { mergeFillFields } from '../../../shared/contract/duplicates.contract';
import { dayInZone } from '../../../shared/domain/calendar-date';
import { mergeRecordText, type RecordedCustomer } from '../../../shared/domain/merge-record';
import { cardToMerge, mergeCardInto } from '../cards/card-merge.service';
import { AppError, notFound } from '../../api/app-error';
import type { ServiceContext } from '../../api/context';
import type { Db } from '../../db/database';
import { newId } from '../../db/new-id';
import { readArchiveCustomers } from '../records/archive-read';
import { datesOfMany, peopleOfMany } from '../care/care.repository';
import {
  deleteCustomer,
  findCustomers,
  phonesOf,
  replacePhones,
  replaceTags,
  tagsOf,
  updateCustomer,
} from '../customers/customers.repository';
import type { CustomerRow, CustomerUpdate, PhoneRow } from '../customers/customers.table';
import { toSummaries } from '../customers/customer-view';
import { insertEntry } from '../entries/entries.repository';
import { refreshLastVisit } from '../diary/entries.service';
import { preferencesOfMany } from '../preferences/preferences.repository';
import { reindexCustomer, reindexEntry } from '../search/search-index.service';
import { deleteCustomerTerms } from '../search/search.repository';
import { rememberMerge } from './merged-customers.repository';
import { bookToday } from '../settings/settings.service';
import { mergeFolds, type MergeFolds } from './merge-folds';
import { entryAuthor } from '../team/team.service';
import { foldDuplicates, keptApartWith, moveCustomerRecords, recordsToMove, saveLastMerge, type MovedRecords } from './merge.repository';
import type { ColumnChange, MergeUndo } from './merge-undo';

type Fill = (typeof mergeFillFields)[number];

const fillable = ['address_as', 'gender', 'email', 'address', 'company', 'title', 'about'] as const satisfies readonly Fill[];

interface Prepared {
  survivor: CustomerRow;
  other: CustomerRow;
  phones: PhoneRow[];
  mergedPhones: Omit<PhoneRow, 'customer_id' | 'position'>[];
  tags: { customer_id: string; tag: string }[];
  mergedTags: string[];
  changes: ColumnChange[];
  fills: Fill[];
  folds: MergeFolds;
  moved: MovedRecords;
}

/** What the survivor takes from the other: empty fields, a referrer, a hand-set tier, the earlier first-seen date. */
function survivorChanges(survivor: CustomerRow, other: CustomerRow): { changes: ColumnChange[]; fills: Fill[] } {
  const changes: ColumnChange[] = [];
  const fills: Fill[] = [];
  const take = (column: ColumnChange['column'], after: string | null, fill?: Fill) => {
    changes.push({ column, before: survivor[column], after });
    if (fill !== undefined) fills.push(fill);
  };
  if (survivor.name === '' && other.name !== '') take('name', other.name, 'name');
  for (const field of fillable) {
    const mine = survivor[field];
    const theirs = other[field];
    if ((mine === null || mine === '') && theirs !== null && theirs !== '') take(field, theirs, field);
  }
  // Nobody refers themselves: a survivor referred by the other takes the other's referrer instead.
  const ownReferrer = survivor.referred_by === other.id ? null : survivor.referred_by;
  const referrer = ownReferrer ?? (other.referred_by === survivor.id ? null : other.referred_by);
  if (referrer !== survivor.referred_by) take('referred_by', referrer, referrer === null ? undefined : 'referred_by');
  if (survivor.tier_override === null && other.tier_override !== null) {
    take('tier_override', other.tier_override, 'tier_override');
    take('tier_override_reason', other.tier_override_reason);
  }
  // Someone looked after the other: now they look after the one customer both were.
  if (survivor.responsible === null && other.responsible !== null) take('responsible', other.responsible);
  if (other.created_at < survivor.created_at) take('created_at', other.created_at, 'created_at');
  return { changes, fills };
}

async function prepare(db: Db, survivorId: string, otherId: string): Promise<Prepared> {
  const rows = await findCustomers(db, [survivorId, otherId]);
  const survivor = rows.find((r) => r.id === survivorId);
  const other = rows.find((r) => r.id === otherId);
  if (survivor === undefined || other === undefined) throw notFound('customer');
  const both = [survivor.id, other.id];
  const [phones, tags, people, dates, prefs] = await Promise.all([
    phonesOf(db, both),
    tagsOf(db, both),
    peopleOfMany(db, both),
    datesOfMany(db, both),
    preferencesOfMany(db, both),
  ]);
  // The survivor's numbers stay as they are; the other's are added unless the same number is there already.
  const mergedPhones: Prepared['mergedPhones'] = phones
    .filter((x) => x.customer_id === survivor.id)
    .map((x) => ({ label: x.label, number: x.number, digits: x.digits }));
  for (const p of phones.filter((x) => x.customer_id === other.id)) {
    if (!mergedPhones.some((m) => m.digits === p.digits)) mergedPhones.push({ label: p.label, number: p.number, digits: p.digits });
  }
  const sides = <T extends { customer_id: string }>(list: T[]) => ({
    survivor: list.filter((x) => x.customer_id === survivor.id),
    other: list.filter((x) => x.customer_id === other.id),
  });
  const folds = mergeFolds(sides(people), sides(dates), sides(prefs));
  return {
    survivor,
    other,
    phones,
    mergedPhones,
    tags,
    mergedTags: [...new Set([...sides(tags).survivor, ...sides(tags).other].map((t) => t.tag))],
    ...survivorChanges(survivor, other),
    folds,
    moved: await recordsToMove(db, other.id, survivor.id, folds),
  };
}

async function recorded(db: Db, row: CustomerRow, p: Prepared, timeZone: string): Promise<RecordedCustomer> {
  const referrer = row.referred_by === null ? undefined : (await findCustomers(db, [row.referred_by]))[0];
  return {
    id: row.id,
    name: row.name,
    addressAs: row.address_as,
    gender: row.gender,
    phones: p.phones.filter((x) => x.customer_id === row.id).map((x) => (x.label === null ? x.number : `${x.number} (${x.label})`)),
    email: row.email,
    address: row.address,
    company: row.company,
    title: row.title,
    about: row.about,
    tags: p.tags.filter((t) => t.customer_id === row.id).map((t) => t.tag),
    referredBy: referrer === undefined ? null : referrer.name,
    tierOverride: row.tier_override,
    tierOverrideReason: row.tier_override_reason,
    since: dayInZone(new Date(row.created_at), timeZone),
    archived: row.archived_at !== null,
  };
}

/** The merge's plan (the two customers, what moves and is folded, the fields taken, the phones and tags after): the answer with dryRun or without. */
async function mergePlan(trx: Db, ctx: ServiceContext, p: Prepared): Promise<CallOutput<'customers.merge'>> {
  const { survivor, other } = p;
  const byId = new Map((await toSummaries(trx, [survivor, other], ctx.locale)).map((c) => [c.id, c]));
  const survivorSummary = byId.get(survivor.id);
  const otherSummary = byId.get(other.id);
  if (survivorSummary === undefined || otherSummary === undefined) throw notFound('customer');
  return {
    survivor: survivorSummary,
    other: otherSummary,
    moves: {
      entries: p.moved.entries.length,
      preferences: p.moved.preferences.length,
      dates: p.moved.dates.length,
      people: p.moved.people.length,
      referrals: p.moved.referrals.length,
      keptApart: p.moved.keptApart.filter((k) => k.with !== survivor.id).length,
    },
    folds: { preferences: p.folds.preferences.length, dates: p.folds.dates.length, people: p.folds.people.length },
    fills: p.fills,
    phones: p.mergedPhones.map((x) => x.number),
    tags: p.mergedTags,
    card: await cardToMerge(trx, { id: other.id, name: other.name }),
  };
}

/** The survivor's diary line recording both customers as they were; its id is kept for the undo. */
async function writeMergeRecord(trx: Db, survivorId: string, text: string, now: string): Promise<string> {
  const recordEntryId = newId();
  await insertEntry(trx, {
    id: recordEntryId,
    customer_id: survivorId,
    occurred_at: now,
    kind: 'note',
    text,
    deleted_at: null,
    created_at: now,
    updated_at: now,
    ...(await entryAuthor(trx)),
  });
  await reindexEntry(trx, recordEntryId);
  return recordEntryId;
}

/**
 * Merges `other` into `survivor`: the plan (what moves, what is folded, which fields are taken,
 * the phones and tags after) is returned first with dryRun; without it, all of it happens in one
 * transaction, the survivor's diary records both customers as they were, and the merge can be
 * undone until the next one (customers.unmerge).
 */
export async function mergeCustomers(ctx: ServiceContext, input: ParsedInput<'customers.merge'>): Promise<CallOutput<'customers.merge'>> {
  if (input.survivorId === input.otherId) throw AppError.saying('INVALID_INPUT', 'mergeSameCustomer');
  return ctx.db.transaction().execute(async (trx) => {
    const p = await prepare(trx, input.survivorId, input.otherId);
    const { survivor, other } = p;
    const plan = await mergePlan(trx, ctx, p);
    if (input.dryRun) return plan;

    const now = ctx.now().toISOString();
    const { today, timeZone } = await bookToday(trx, ctx.now());
    const [otherRecord] = await readArchiveCustomers(trx, [other.id]);
    if (otherRecord === undefined) throw notFound('customer');
    const text = mergeRecordText(ctx.locale, await recorded(trx, survivor, p, timeZone), await recorded(trx, other, p, timeZone), today);
    const pairsBefore = new Set(await keptApartWith(trx, survivor.id));
    const survivorDigits = new Set(p.phones.filter((x) => x.customer_id === survivor.id).map((x) => x.digits));
    const survivorTags = new Set(p.tags.filter((t) => t.customer_id === survivor.id).map((t) => t.tag));

    const update: CustomerUpdate = { updated_at: now };
    for (const c of p.changes) Object.assign(update, { [c.column]: c.after });
    await updateCustomer(trx, survivor.id, update);
    await replacePhones(trx, survivor.id, p.mergedPhones);
    await replaceTags(trx, survivor.id, p.mergedTags);
    await foldDuplicates(trx, p.folds);
    await moveCustomerRecords(trx, other.id, survivor.id, p.moved);
    const card = await mergeCardInto(
      trx,
      { id: survivor.id, name: survivor.name },
      { id: other.id, name: other.name },
      ctx.now(),
      ctx.locale,
    );
    // Remembered before the deletion, while a syncing book still knows the merged customer's stamps.
    await rememberMerge(trx, other.id, survivor.id, now);
    await deleteCustomerTerms(trx, other.id);
    await deleteCustomer(trx, other.id);

    const recordEntryId = await writeMergeRecord(trx, survivor.id, text, now);
    const undo: MergeUndo = {
      other: otherRecord,
      changes: p.changes,
      phonesFromOther: p.mergedPhones.map((x) => x.digits).filter((d) => !survivorDigits.has(d)),
      tagsFromOther: p.mergedTags.filter((t) => !survivorTags.has(t)),
      moved: p.moved,
      folds: p.folds,
      addedPairs: (await keptApartWith(trx, survivor.id)).filter((x) => !pairsBefore.has(x)),
      recordEntryId,
      ...(card === null ? {} : { card }),
    };
    await saveLastMerge(trx, { id: newId(), survivor_id: survivor.id, other_id: other.id, undo: JSON.stringify(undo), merged_at: now });
    await reindexCustomer(trx, survivor.id);
    await refreshLastVisit(trx, survivor.id);
    return plan;
  });
}
