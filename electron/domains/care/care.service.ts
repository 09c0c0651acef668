import { newId } from '../../db/new-id';
import type { ImportantDate, ParsedInput, Today } from '../../../shared/contract';
import { addDays, daysBetween } from '../../../shared/domain/calendar-date';
import { groupBy } from '../../../shared/domain/group-by';
import { notFound } from '../../api/app-error';
import type { ServiceContext } from '../../api/context';
import { findCustomers, phonesOf } from '../customers/customers.repository';
import { displayAddressAs } from '../customers/customer-view';
import { insertEntry, linesOf } from '../entries/entries.repository';
import { firstLine } from '../entries/entry-text';
import { refreshLastVisit } from '../diary/entries.service';
import { reindexEntry } from '../search/search-index.service';
import { readSettings } from '../settings/settings.repository';
import { lastBackgroundFailure } from '../settings/background-failure';
import { bookToday } from '../settings/settings.service';
import * as repo from './care.repository';
import { withPeople } from './dates.service';
import { monthDayKeys } from './occurrence';
import { marksOn } from './care-marks.repository';
import { markDone, subjects, subjectsInForce } from './care-marks.service';
import { checkEntry } from './entry-check';
import { entryAuthor } from '../team/team.service';
import { cardItems, cardSubject, type CardItem } from './card-items.service';

const listLimit = 50;
const driftLimit = 20;

async function people(ctx: ServiceContext, customerIds: string[]) {
  const unique = [...new Set(customerIds)];
  const [customers, phones, contacts] = await Promise.all([
    findCustomers(ctx.db, unique),
    phonesOf(ctx.db, unique),
    repo.lastContacts(ctx.db, unique),
  ]);
  const phonesBy = groupBy(phones, (p) => p.customer_id);
  const byId = new Map(customers.map((c) => [c.id, c]));
  return (customerId: string) => {
    const c = byId.get(customerId);
    const phone = phonesBy.get(customerId)?.[0];
    return {
      customerId,
      customerName: c?.name ?? '',
      displayAddressAs: c === undefined ? '' : displayAddressAs(c, phone?.number ?? null, ctx.locale),
      phoneTail: phone === undefined || phone.digits.length < 4 ? null : phone.digits.slice(-4),
      lastContactAt: contacts.get(customerId) ?? null,
    };
  };
}

/**
 * The morning list for `day` (the book's today in its time zone unless another day is asked for): dates in the next `horizonDays` (solar and lunar, key people's too),
 * follow-ups, promises and complaint calls due or overdue, complaints still open, and regulars
 * drifting away. Each source is one bounded query.
 */
export async function today(ctx: ServiceContext, input: ParsedInput<'today'>): Promise<Today> {
  const { today: bookDay, timeZone } = await bookToday(ctx.db, ctx.now());
  const day = input.day ?? bookDay;
  const allDates = await datesAhead(ctx, day, input.horizonDays);
  const [follow, promises, allOpen, allDrifting, doneRows, allCards] = await Promise.all([
    repo.followUpsDue(ctx.db, day, listLimit * 2),
    repo.promisesDue(ctx.db, day, listLimit),
    repo.openComplaints(ctx.db, listLimit * 2),
    repo.drifting(ctx.db, day, driftLimit * 3),
    marksOn(ctx.db, day, listLimit),
    cardItems(ctx.db, day, timeZone),
  ]);
  const { dates, open, drifting, cards } = await notDealtWith(ctx, day, {
    dates: allDates,
    open: allOpen,
    drifting: allDrifting,
    cards: allCards,
  });
  const who = await people(ctx, [
    ...doneRows.map((d) => d.customer_id),
    ...dates.map((d) => d.customerId),
    ...follow.map((f) => f.customer_id),
    ...promises.map((p) => p.customer_id),
    ...open.map((o) => o.customer_id),
    ...drifting.map((d) => d.id),
    ...cards.map((c) => c.customerId),
  ]);
  const followUps = follow.filter((f) => f.kind !== 'complaint');
  const bought = await boughtWithoutWords(ctx, followUps);
  const complaintCalls = follow.filter((f) => f.kind === 'complaint' && f.resolved_on !== null);
  return {
    day,
    today: bookDay,
    timeZone,
    dates: dates.map((date) => ({ ...who(date.customerId), date })),
    ...dueItems(who, day, { followUps, bought, promises, complaintCalls }),
    openComplaints: open.map((o) => ({ ...who(o.customer_id), entryId: o.entry_id, text: firstLine(o.text), since: o.occurred_at })),
    drifting: drifting.map((d) => ({
      ...who(d.id),
      lastVisitAt: d.last_visit_at,
      visitCount: d.visit_count,
      usualGapDays: d.median_gap_days,
      daysAway: d.days_away,
    })),
    cards: cards.map(({ customerId, ...card }) => ({ ...who(customerId), ...card })),
    doneToday: doneRows.map((d) => {
      const { lastContactAt: _, ...person } = who(d.customer_id);
      return { ...person, what: d.what, text: d.text === null ? null : firstLine(d.text), at: d.created_at };
    }),
    backup: { lastAt: (await readSettings(ctx.db)).get('backup.lastAt') ?? null },
    backgroundFailure: await lastBackgroundFailure(ctx.db),
  };
}

/** Dates (solar and lunar, key people's too) from `day` to `horizonDays` after it. */
async function datesAhead(ctx: ServiceContext, day: string, horizonDays: number): Promise<ImportantDate[]> {
  const window = Array.from({ length: horizonDays + 1 }, (_, i) => addDays(day, i));
  const keys = monthDayKeys(window);
  const dateRows = await repo.datesOnMonthDays(ctx.db, keys.solar, keys.lunar);
  return (await withPeople(ctx.db, dateRows, day)).filter((d) => d.next.inDays <= horizonDays);
}

interface MarkableLists {
  dates: ImportantDate[];
  open: repo.DueRow[];
  drifting: repo.DriftRow[];
  cards: CardItem[];
}

/** Items the owner already dealt with (greeted, called, snoozed, not a regular) leave the lists. */
async function notDealtWith(ctx: ServiceContext, day: string, all: MarkableLists): Promise<MarkableLists> {
  const marked = await subjectsInForce(
    ctx.db,
    [
      ...all.dates.map((d) => d.customerId),
      ...all.open.map((o) => o.customer_id),
      ...all.drifting.map((d) => d.id),
      ...all.cards.map((c) => c.customerId),
    ],
    day,
  );
  return {
    dates: all.dates.filter((d) => !marked.has(`${d.customerId} ${subjects.date(d.id, d.next.on)}`)),
    open: all.open.filter((o) => !marked.has(`${o.customer_id} ${subjects.complaint(o.entry_id)}`)).slice(0, listLimit),
    drifting: all.drifting.filter((d) => !marked.has(`${d.id} ${subjects.drift(d.last_visit_at)}`)).slice(0, driftLimit),
    cards: all.cards.filter((c) => !marked.has(`${c.customerId} ${cardSubject(c)}`)).slice(0, listLimit),
  };
}

/** A purchase logged without words is described by what was bought: its lines, by entry. */
async function boughtWithoutWords(ctx: ServiceContext, followUps: readonly repo.DueRow[]): Promise<Map<string, string>> {
  const bought = new Map<string, string>();
  for (const line of await linesOf(
    ctx.db,
    followUps.filter((f) => f.kind === 'purchase' && f.text.trim() === '').map((f) => f.entry_id),
  )) {
    bought.set(line.entry_id, [bought.get(line.entry_id), [line.colour, line.item].filter(Boolean).join(' ')].filter(Boolean).join('、'));
  }
  return bought;
}

type Who = Awaited<ReturnType<typeof people>>;

/** The follow-ups, promises and complaint calls due by `day`, each with its customer. */
function dueItems(
  who: Who,
  day: string,
  due: { followUps: repo.DueRow[]; bought: ReadonlyMap<string, string>; promises: repo.DueRow[]; complaintCalls: repo.DueRow[] },
): Pick<Today, 'followUps' | 'promises' | 'complaintCalls'> {
  const { followUps, bought, promises, complaintCalls } = due;
  return {
    followUps: followUps.slice(0, listLimit).map((f) => ({
      ...who(f.customer_id),
      entryId: f.entry_id,
      kind: f.kind,
      text: firstLine(f.text) || (bought.get(f.entry_id) ?? ''),
      due: f.follow_up_on ?? day,
      overdueDays: daysBetween(f.follow_up_on ?? day, day),
    })),
    promises: promises.map((p) => ({
      ...who(p.customer_id),
      entryId: p.entry_id,
      text: firstLine(p.text),
      due: p.promise_due ?? day,
      overdueDays: daysBetween(p.promise_due ?? day, day),
    })),
    complaintCalls: complaintCalls.slice(0, listLimit).map((c) => ({
      ...who(c.customer_id),
      entryId: c.entry_id,
      text: firstLine(c.text),
      due: c.follow_up_on ?? day,
      resolvedOn: c.resolved_on ?? day,
    })),
  };
}

const doneKind = {
  followUp: 'call',
  complaintCall: 'call',
  promiseKept: 'note',
  promiseBroken: 'note',
  greeted: 'message',
  called: 'call',
} as const;

/** Marks a Today item done and writes the line into the diary, in one transaction. */
export async function careDone(ctx: ServiceContext, input: ParsedInput<'care.done'>): Promise<{ entryId: string }> {
  return ctx.db.transaction().execute(async (trx) => {
    const customers = await findCustomers(trx, [input.customerId]);
    if (customers.length === 0) throw notFound('customer');
    const now = ctx.now().toISOString();
    if (input.what === 'followUp') {
      await checkEntry(trx, input.entryId, input.customerId, []);
      await repo.setFollowUpDone(trx, input.entryId ?? '', now);
    } else if (input.what === 'complaintCall') {
      await checkEntry(trx, input.entryId, input.customerId, ['complaint']);
      await repo.setFollowUpDone(trx, input.entryId ?? '', now);
    } else if (input.what === 'promiseKept' || input.what === 'promiseBroken') {
      await checkEntry(trx, input.entryId, input.customerId, ['promise']);
      await repo.setPromiseStatus(trx, input.entryId ?? '', input.what === 'promiseKept' ? 'kept' : 'broken');
    }
    const id = newId();
    await insertEntry(trx, {
      id,
      customer_id: input.customerId,
      occurred_at: now,
      kind: doneKind[input.what],
      text: input.text,
      deleted_at: null,
      created_at: now,
      updated_at: now,
      ...(await entryAuthor(trx)),
    });
    await refreshLastVisit(trx, input.customerId);
    await reindexEntry(trx, id);
    await markDone(trx, ctx, input, id);
    return { entryId: id };
  });
}

export async function referrals(ctx: ServiceContext, input: ParsedInput<'customers.referrals'>) {
  if ((await findCustomers(ctx.db, [input.customerId])).length === 0) throw notFound('customer');
  const rows = await repo.referralsOf(ctx.db, input.customerId);
  return {
    items: rows.map((r) => ({ customerId: r.id, name: r.name, since: r.created_at, spentMinor: r.spent_minor ?? 0, currency: r.currency })),
  };
}
