import { newId } from '../../db/new-id';
import type { ImportantDate, ParsedInput } from '../../../shared/contract';
import { AppError, notFound } from '../../api/app-error';
import type { ServiceContext } from '../../api/context';
import type { Db } from '../../db/database';
import { findCustomer } from '../customers/customers.repository';
import * as repo from './care.repository';
import type { ImportantDateRow } from './care.table';
import { nextOccurrence } from './occurrence';
import { bookToday } from '../settings/settings.service';

export function toImportantDate(row: ImportantDateRow, personName: string | null, today: string): ImportantDate {
  const rule = { calendar: row.calendar, year: row.year, month: row.month, day: row.day, leapMonth: row.leap_month === 1 };
  return {
    id: row.id,
    customerId: row.customer_id,
    personId: row.person_id,
    personName,
    kind: row.kind,
    label: row.label,
    calendar: row.calendar,
    year: row.year,
    month: row.month,
    day: row.day,
    leapMonth: row.leap_month === 1,
    next: nextOccurrence(rule, today),
  };
}

export async function withPeople(db: Db, rows: ImportantDateRow[], today: string): Promise<ImportantDate[]> {
  const people = await repo.peopleByIds(
    db,
    rows.map((r) => r.person_id).filter((id): id is string => id !== null),
  );
  const names = new Map(people.map((p) => [p.id, p.name]));
  return rows
    .map((row) => toImportantDate(row, row.person_id === null ? null : (names.get(row.person_id) ?? null), today))
    .sort((a, b) => a.next.inDays - b.next.inDays);
}

export async function setDate(ctx: ServiceContext, input: ParsedInput<'dates.set'>): Promise<ImportantDate> {
  return ctx.db.transaction().execute(async (trx) => {
    if ((await findCustomer(trx, input.customerId)) === undefined) throw notFound('customer');
    if (input.personId !== null) {
      const person = await repo.findPerson(trx, input.personId);
      if (person === undefined) throw notFound('person');
      if (person.customer_id !== input.customerId) throw AppError.saying('INVALID_INPUT', 'personOfAnother');
    }
    const existing = input.id === undefined ? undefined : await repo.findDate(trx, input.id);
    if (input.id !== undefined && existing === undefined) throw notFound('date');
    if (existing !== undefined && existing.customer_id !== input.customerId) throw AppError.saying('INVALID_INPUT', 'dateOfAnother');
    const now = ctx.now().toISOString();
    const id = input.id ?? newId();
    await repo.upsertDate(trx, {
      id,
      customer_id: input.customerId,
      person_id: input.personId,
      kind: input.kind,
      label: input.label,
      calendar: input.calendar,
      year: input.year,
      month: input.month,
      day: input.day,
      leap_month: input.leapMonth ? 1 : 0,
      created_at: existing?.created_at ?? now,
      updated_at: now,
    });
    const row = await repo.findDate(trx, id);
    if (row === undefined) throw notFound('date');
    const [date] = await withPeople(trx, [row], (await bookToday(trx, ctx.now())).today);
    if (date === undefined) throw notFound('date');
    return date;
  });
}

export async function removeDate(ctx: ServiceContext, input: ParsedInput<'dates.remove'>): Promise<{ id: string }> {
  return ctx.db.transaction().execute(async (trx) => {
    if ((await repo.findDate(trx, input.id)) === undefined) throw notFound('date');
    await repo.deleteDate(trx, input.id);
    return { id: input.id };
  });
}

export async function listDates(ctx: ServiceContext, input: ParsedInput<'dates.list'>): Promise<{ items: ImportantDate[] }> {
  if ((await findCustomer(ctx.db, input.customerId)) === undefined) throw notFound('customer');
  const today = input.today ?? (await bookToday(ctx.db, ctx.now())).today;
  return { items: await withPeople(ctx.db, await repo.datesOf(ctx.db, input.customerId), today) };
}
