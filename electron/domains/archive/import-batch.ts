import { normalizePhone } from '../../../shared/domain/phone';
import type { Db } from '../../db/database';
import { newId } from '../../db/new-id';
import { insertDates } from '../care/care.repository';
import type { NewImportantDateRow } from '../care/care.table';
import { insertCustomers, insertPhones, insertTags } from '../customers/customers.repository';
import type { NewCustomerRow, PhoneRow } from '../customers/customers.table';
import { insertPreferences } from '../preferences/preferences.repository';
import type { NewPreferenceRow } from '../preferences/preferences.table';
import { customerKeys } from '../search/customer-keys';
import { insertKeys, keyTuples, type KeyTuple } from '../search/search.repository';
import type { RowDraft } from './csv-rows';

/** The rows one step of an import writes, made from the drafts before anything is written. */
export interface ImportBatch {
  customers: NewCustomerRow[];
  phones: PhoneRow[];
  tags: { customer_id: string; tag: string }[];
  preferences: NewPreferenceRow[];
  dates: NewImportantDateRow[];
  keys: KeyTuple[];
}

/** Everything new customers from import drafts need written, lookup keys included; no book is read. */
export function importBatch(drafts: readonly RowDraft[], at: string): ImportBatch {
  const batch: ImportBatch = { customers: [], phones: [], tags: [], preferences: [], dates: [], keys: [] };
  for (const draft of drafts) {
    const id = newId();
    batch.customers.push({
      id,
      name: draft.name,
      address_as: draft.addressAs ?? null,
      gender: draft.gender,
      email: draft.email,
      address: draft.address,
      company: draft.company,
      title: draft.title,
      about: draft.notes,
      last_visit_at: null,
      archived_at: null,
      created_at: at,
      updated_at: at,
    });
    draft.phones.forEach((number, position) =>
      batch.phones.push({ customer_id: id, position, label: null, number, digits: normalizePhone(number) }),
    );
    for (const tag of new Set(draft.tags)) batch.tags.push({ customer_id: id, tag });
    for (const value of draft.likes) {
      batch.preferences.push({ id: newId(), customer_id: id, polarity: 'like', category: 'other', value, created_at: at, updated_at: at });
    }
    for (const value of new Set(draft.dislikes ?? [])) {
      batch.preferences.push({
        id: newId(),
        customer_id: id,
        polarity: 'dislike',
        category: 'other',
        value,
        created_at: at,
        updated_at: at,
      });
    }
    if (draft.birthday !== null) {
      const { calendar, year, month, day, leapMonth } = draft.birthday;
      batch.dates.push({
        id: newId(),
        customer_id: id,
        person_id: null,
        kind: 'birthday',
        label: null,
        calendar,
        year,
        month,
        day,
        leap_month: leapMonth ? 1 : 0,
        created_at: at,
        updated_at: at,
      });
    }
    const source = {
      name: draft.name,
      addressAs: draft.addressAs ?? null,
      email: draft.email,
      company: draft.company,
      phones: draft.phones,
      tags: draft.tags,
      preferences: draft.likes,
    };
    keyTuples(id, customerKeys(source), batch.keys);
  }
  return batch;
}

/** Writes one batch; new customers have no visits yet, so visit statistics need nothing. */
export async function writeBatch(trx: Db, batch: ImportBatch): Promise<void> {
  await insertCustomers(trx, batch.customers);
  await insertPhones(trx, batch.phones);
  await insertTags(trx, batch.tags);
  await insertPreferences(trx, batch.preferences);
  await insertDates(trx, batch.dates);
  await insertKeys(trx, batch.keys);
}
