import { addDays, midnightInZone } from '../../../shared/domain/calendar-date';
import { newId } from '../../db/new-id';
import type { Customer, CustomerSummary, ParsedInput } from '../../../shared/contract';
import { normalizePhone } from '../../../shared/domain/phone';
import type { UiLocale } from '../../../shared/domain/salutation';
import { AppError, notFound } from '../../api/app-error';
import type { ServiceContext } from '../../api/context';
import type { Db } from '../../db/database';
import { inTransaction } from '../../db/in-transaction';
import { ensureValues, refreshCustomerValue } from '../value/value.service';
import { bookToday } from '../settings/settings.service';
import { checkStaffName } from '../team/team.service';
import { reindexCustomer } from '../search/search-index.service';
import * as repo from '../customers/customers.repository';
import { displayAddressAs, toSummaries } from '../customers/customer-view';
import { customersInOrder, listCustomerPage, type ListQuery } from '../customers/customer-list.repository';
import type { CustomerRow, CustomerUpdate, PhoneRow } from '../customers/customers.table';

type PhoneInput = { label: string | null; number: string };

function phoneRows(phones: PhoneInput[]): Omit<PhoneRow, 'customer_id' | 'position'>[] {
  return phones.map((p) => ({ label: p.label, number: p.number, digits: normalizePhone(p.number) }));
}

function toCustomer(row: CustomerRow, phones: PhoneRow[], tags: string[], referrer: CustomerRow | undefined, locale: UiLocale): Customer {
  return {
    id: row.id,
    name: row.name,
    addressAs: row.address_as,
    displayAddressAs: displayAddressAs(row, phones[0]?.number ?? null, locale),
    gender: row.gender,
    phones: phones.map((p) => ({ label: p.label, number: p.number, digits: p.digits })),
    email: row.email,
    address: row.address,
    company: row.company,
    title: row.title,
    about: row.about,
    tags,
    referredBy: referrer === undefined ? null : { id: referrer.id, name: referrer.name },
    responsible: row.responsible,
    archivedAt: row.archived_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function loadCustomer(db: Db, id: string, locale: UiLocale): Promise<Customer> {
  const row = await repo.findCustomer(db, id);
  if (row === undefined) throw notFound('customer');
  const [phones, tags] = await Promise.all([repo.phonesOf(db, [id]), repo.tagsOf(db, [id])]);
  const referrer = row.referred_by === null ? undefined : await repo.findCustomer(db, row.referred_by);
  return toCustomer(
    row,
    phones,
    tags.map((t) => t.tag),
    referrer,
    locale,
  );
}

async function checkReferrer(db: Db, customerId: string, referredBy: string | null): Promise<void> {
  if (referredBy === null) return;
  if (referredBy === customerId) throw AppError.saying('INVALID_INPUT', 'selfReferral');
  if ((await repo.findCustomer(db, referredBy)) === undefined) throw notFound('customer');
}

export async function createCustomer(ctx: ServiceContext, input: ParsedInput<'customers.create'>): Promise<Customer> {
  const id = newId();
  const now = ctx.now().toISOString();
  return inTransaction(ctx.db, async (trx) => {
    await checkReferrer(trx, id, input.referredBy);
    await checkStaffName(trx, input.responsible);
    await repo.insertCustomer(trx, {
      id,
      name: input.name,
      address_as: input.addressAs,
      gender: input.gender,
      email: input.email,
      address: input.address,
      company: input.company,
      title: input.title,
      about: input.about,
      referred_by: input.referredBy,
      responsible: input.responsible,
      last_visit_at: null,
      archived_at: null,
      created_at: now,
      updated_at: now,
    });
    await repo.replacePhones(trx, id, phoneRows(input.phones));
    await repo.replaceTags(trx, id, input.tags);
    await reindexCustomer(trx, id);
    await refreshCustomerValue(trx, id);
    return loadCustomer(trx, id, ctx.locale);
  });
}

export async function updateCustomer(ctx: ServiceContext, input: ParsedInput<'customers.update'>): Promise<Customer> {
  const { id, patch } = input;
  return ctx.db.transaction().execute(async (trx) => {
    const existing = await repo.findCustomer(trx, id);
    if (existing === undefined) throw notFound('customer');
    const update: CustomerUpdate = { updated_at: ctx.now().toISOString() };
    if (patch.name !== undefined) update.name = patch.name;
    if (patch.addressAs !== undefined) update.address_as = patch.addressAs;
    if (patch.gender !== undefined) update.gender = patch.gender;
    if (patch.email !== undefined) update.email = patch.email;
    if (patch.address !== undefined) update.address = patch.address;
    if (patch.company !== undefined) update.company = patch.company;
    if (patch.title !== undefined) update.title = patch.title;
    if (patch.about !== undefined) update.about = patch.about;
    if (patch.referredBy !== undefined) {
      await checkReferrer(trx, id, patch.referredBy);
      update.referred_by = patch.referredBy;
    }
    if (patch.responsible !== undefined && patch.responsible !== existing.responsible) {
      // Unchanged is always fine: a name since taken off the staff list may stay where it is.
      await checkStaffName(trx, patch.responsible);
      update.responsible = patch.responsible;
    }
    await repo.updateCustomer(trx, id, update);
    if (patch.phones !== undefined) await repo.replacePhones(trx, id, phoneRows(patch.phones));
    if (patch.tags !== undefined) await repo.replaceTags(trx, id, patch.tags);
    await reindexCustomer(trx, id);
    const after = await loadCustomer(trx, id, ctx.locale);
    if (after.name === '' && after.phones.length === 0) {
      throw AppError.saying('INVALID_INPUT', 'customerNeedsNameOrPhone');
    }
    return after;
  });
}

export async function archiveCustomer(ctx: ServiceContext, input: ParsedInput<'customers.archive'>): Promise<Customer> {
  return ctx.db.transaction().execute(async (trx) => {
    const existing = await repo.findCustomer(trx, input.id);
    if (existing === undefined) throw notFound('customer');
    const now = ctx.now().toISOString();
    await repo.updateCustomer(trx, input.id, { archived_at: input.archived ? (existing.archived_at ?? now) : null, updated_at: now });
    await refreshCustomerValue(trx, input.id);
    return loadCustomer(trx, input.id, ctx.locale);
  });
}

/** A list call as the list's query asks it: "seen within" and "not seen for" as instants from the book's today. */
export async function listQueryOf(ctx: ServiceContext, input: ParsedInput<'customers.list'>): Promise<ListQuery> {
  // "Seen within" and the values the list filters by are as of the book's today, in its time zone.
  const { today, timeZone } = await bookToday(ctx.db, ctx.now());
  await ensureValues(ctx.db, today);
  const since = (days: number | undefined) => (days === undefined ? undefined : midnightInZone(addDays(today, 1 - days), timeZone));
  return { ...input, seenSince: since(input.filter.seenWithinDays), notSeenSince: since(input.filter.notSeenForDays) };
}

export async function listCustomers(
  ctx: ServiceContext,
  input: ParsedInput<'customers.list'>,
): Promise<{ items: CustomerSummary[]; total: number }> {
  const { ids, total } = await listCustomerPage(ctx.db, await listQueryOf(ctx, input));
  return { items: await toSummaries(ctx.db, await customersInOrder(ctx.db, ids), ctx.locale), total };
}

/** The customers.get call: one customer as the page shows them. */
export function getCustomer(ctx: ServiceContext, input: ParsedInput<'customers.get'>): Promise<Customer> {
  return loadCustomer(ctx.db, input.id, ctx.locale);
}
