import type { ParsedInput } from '../../../shared/contract';
import { addDays } from '../../../shared/domain/calendar-date';
import { AppError, notFound } from '../../api/app-error';
import type { ServiceContext } from '../../api/context';
import type { Db } from '../../db/database';
import { newId } from '../../db/new-id';
import { findCustomers } from '../customers/customers.repository';
import { bookToday } from '../settings/settings.service';
import { insertMark, marksInForce } from './care-marks.repository';
import * as repo from './care.repository';
import type { CareMarkRow } from './care.table';
import { withPeople } from './dates.service';
import { checkEntry } from './entry-check';
import { cardSubject, checkCardReminder } from './card-items.service';

/** How long a call takes an item off Today when the owner does not say: a complaint, a drifting regular. */
const defaultSnoozeDays = { complaint: 3, drift: 30, card: 7 } as const;

/** The subject a mark is about; it changes when the item does, so an old mark stops applying by itself. */
export const subjects = {
  date: (dateId: string, occursOn: string) => `date:${dateId}:${occursOn}`,
  complaint: (entryId: string) => `complaint:${entryId}`,
  drift: (lastVisitAt: string | null) => `drift:${lastVisitAt ?? ''}`,
  entry: (entryId: string) => `entry:${entryId}`,
};

/** The subjects in force for these customers on `day`, as "customerId subject" keys. */
export async function subjectsInForce(db: Db, customerIds: readonly string[], day: string): Promise<Set<string>> {
  const marks = await marksInForce(db, [...new Set(customerIds)], day);
  return new Set(marks.map((m: CareMarkRow) => `${m.customer_id} ${m.subject}`));
}

/**
 * The mark a done item leaves (inside careDone's transaction, after its diary line is written):
 * which subject, and until when it stays off Today.
 */
export async function markDone(trx: Db, ctx: ServiceContext, input: ParsedInput<'care.done'>, diaryEntryId: string): Promise<void> {
  const { today } = await bookToday(trx, ctx.now());
  const customer = (await findCustomers(trx, [input.customerId]))[0];
  if (customer === undefined) throw notFound('customer');
  let subject: string;
  let until: string | null = null;
  if (input.what === 'called' && input.card !== null) {
    await checkCardReminder(trx, input.customerId, input.card);
    subject = cardSubject(input.card);
  } else if (input.what === 'greeted' && input.dateId !== null) {
    const row = await repo.findDate(trx, input.dateId);
    if (row === undefined) throw notFound('date');
    if (row.customer_id !== input.customerId) throw AppError.saying('INVALID_INPUT', 'dateOfAnother');
    const [date] = await withPeople(trx, [row], today);
    subject = subjects.date(row.id, date?.next.on ?? today);
  } else if (input.what === 'called' && input.entryId !== null) {
    await checkEntry(trx, input.entryId, input.customerId, ['complaint']);
    subject = subjects.complaint(input.entryId);
    until = addDays(today, input.snoozeDays ?? defaultSnoozeDays.complaint);
  } else if (input.what === 'called') {
    subject = subjects.drift(customer.last_visit_at);
    until = addDays(today, input.snoozeDays ?? defaultSnoozeDays.drift);
  } else {
    subject = subjects.entry(input.entryId ?? diaryEntryId);
  }
  await insertMark(trx, {
    id: newId(),
    customer_id: input.customerId,
    subject,
    what: input.what,
    on_day: today,
    until_day: until,
    entry_id: diaryEntryId,
    created_at: ctx.now().toISOString(),
  });
}

/** Takes a drifting regular or an open complaint off Today without a diary line. */
export async function snooze(ctx: ServiceContext, input: ParsedInput<'care.snooze'>): Promise<{ until: string | null }> {
  return ctx.db.transaction().execute(async (trx) => {
    const { today } = await bookToday(trx, ctx.now());
    const customer = (await findCustomers(trx, [input.customerId]))[0];
    if (customer === undefined) throw notFound('customer');
    if (input.what === 'notRegular' && (input.entryId !== null || input.card !== null))
      throw AppError.saying('INVALID_INPUT', 'notRegularIsForRegulars');
    if (input.card !== null) {
      await checkCardReminder(trx, input.customerId, input.card);
      const until = addDays(today, input.days ?? defaultSnoozeDays.card);
      await insertMark(trx, {
        id: newId(),
        customer_id: input.customerId,
        subject: cardSubject(input.card),
        what: 'snoozed',
        on_day: today,
        until_day: until,
        entry_id: null,
        created_at: ctx.now().toISOString(),
      });
      return { until };
    }
    if (input.entryId !== null) await checkEntry(trx, input.entryId, input.customerId, ['complaint']);
    const until =
      input.what === 'notRegular'
        ? null
        : addDays(today, input.days ?? (input.entryId === null ? defaultSnoozeDays.drift : defaultSnoozeDays.complaint));
    await insertMark(trx, {
      id: newId(),
      customer_id: input.customerId,
      subject: input.entryId === null ? subjects.drift(customer.last_visit_at) : subjects.complaint(input.entryId),
      what: input.what,
      on_day: today,
      until_day: until,
      entry_id: null,
      created_at: ctx.now().toISOString(),
    });
    return { until };
  });
}
