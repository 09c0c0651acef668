import { newId } from '../../db/new-id';
import type { KeyPerson, ParsedInput } from '../../../shared/contract';
import { AppError, notFound } from '../../api/app-error';
import type { ServiceContext } from '../../api/context';
import { findCustomer } from '../customers/customers.repository';
import * as repo from './care.repository';
import type { KeyPersonRow } from './care.table';

export function toPerson(row: KeyPersonRow): KeyPerson {
  return {
    id: row.id,
    customerId: row.customer_id,
    name: row.name,
    relation: row.relation,
    linkedCustomerId: row.linked_customer_id,
    note: row.note,
  };
}

export async function setPerson(ctx: ServiceContext, input: ParsedInput<'people.set'>): Promise<KeyPerson> {
  return ctx.db.transaction().execute(async (trx) => {
    if ((await findCustomer(trx, input.customerId)) === undefined) throw notFound('customer');
    if (input.linkedCustomerId !== null) {
      if (input.linkedCustomerId === input.customerId) throw AppError.saying('INVALID_INPUT', 'ownKeyPerson');
      if ((await findCustomer(trx, input.linkedCustomerId)) === undefined) throw notFound('customer');
    }
    const now = ctx.now().toISOString();
    const existing = input.id === undefined ? undefined : await repo.findPerson(trx, input.id);
    if (input.id !== undefined && existing === undefined) throw notFound('person');
    if (existing !== undefined && existing.customer_id !== input.customerId) throw AppError.saying('INVALID_INPUT', 'personOfAnother');
    const id = input.id ?? newId();
    await repo.upsertPerson(trx, {
      id,
      customer_id: input.customerId,
      name: input.name,
      relation: input.relation,
      linked_customer_id: input.linkedCustomerId,
      note: input.note,
      created_at: existing?.created_at ?? now,
      updated_at: now,
    });
    const row = await repo.findPerson(trx, id);
    if (row === undefined) throw notFound('person');
    return toPerson(row);
  });
}

export async function removePerson(ctx: ServiceContext, input: ParsedInput<'people.remove'>): Promise<{ id: string }> {
  return ctx.db.transaction().execute(async (trx) => {
    if ((await repo.findPerson(trx, input.id)) === undefined) throw notFound('person');
    await repo.deletePerson(trx, input.id);
    return { id: input.id };
  });
}

export async function listPeople(ctx: ServiceContext, input: ParsedInput<'people.list'>): Promise<{ items: KeyPerson[] }> {
  if ((await findCustomer(ctx.db, input.customerId)) === undefined) throw notFound('customer');
  return { items: (await repo.peopleOf(ctx.db, input.customerId)).map(toPerson) };
}
