import { normalizePhone } from '../../../shared/domain/phone';
import type { Db } from '../../db/database';
import { newId } from '../../db/new-id';
import { datesOf, insertDates } from '../care/care.repository';
import { findCustomer, insertPhones, insertTags, phonesOf, tagsOf, updateCustomer } from '../customers/customers.repository';
import type { CustomerRow, CustomerUpdate } from '../customers/customers.table';
import { hasEntryText, insertEntry } from '../entries/entries.repository';
import { insertPreferences, preferencesOf } from '../preferences/preferences.repository';
import { reindexCustomer, reindexEntry } from '../search/search-index.service';
import type { RowDraft } from './csv-rows';

/** Fields an imported row fills on a customer already in the book only where the book has nothing. */
const fillable = ['address_as', 'gender', 'email', 'address', 'company', 'title'] as const;

const isEmpty = (value: string | null) => value === null || value.trim() === '';

/**
 * Adds what an imported row knows about a customer already in the book, changing nothing the book
 * holds: empty fields are filled, new phones, tags, likes, dislikes and a missing birthday are added, and
 * notes that differ from theirs become a diary line dated now. Runs inside the import's transaction.
 */
export async function mergeDraftInto(trx: Db, customerId: string, draft: RowDraft, at: string): Promise<void> {
  const customer = await findCustomer(trx, customerId);
  if (customer === undefined) return;
  const update = emptyFieldsFilled(customer, draft);
  const notes = draft.notes?.trim() ?? '';
  if (notes !== '' && isEmpty(customer.about)) update.about = notes;
  else if (notes !== '' && !(customer.about ?? '').includes(notes) && !(await hasEntryText(trx, customerId, notes))) {
    await addNoteEntry(trx, customerId, notes, at);
  }
  await addNewPhones(trx, customerId, draft.phones);
  await addNewTags(trx, customerId, draft.tags);
  await addNewPreferences(trx, customerId, draft, at);
  await addMissingBirthday(trx, customerId, draft.birthday, at);
  await updateCustomer(trx, customerId, { ...update, updated_at: at });
  await reindexCustomer(trx, customerId);
}

/** The name (when the book's is blank) and the fillable fields the book has empty and the row has. */
function emptyFieldsFilled(customer: CustomerRow, draft: RowDraft): CustomerUpdate {
  const update: CustomerUpdate = {};
  if (customer.name.trim() === '' && draft.name !== '') update.name = draft.name;
  const incoming: Record<(typeof fillable)[number], string | null> = {
    address_as: draft.addressAs ?? null,
    gender: draft.gender,
    email: draft.email,
    address: draft.address,
    company: draft.company,
    title: draft.title,
  };
  for (const field of fillable) {
    const value = incoming[field];
    if (isEmpty(customer[field]) && value !== null && value !== '') Object.assign(update, { [field]: value });
  }
  return update;
}

async function addNoteEntry(trx: Db, customerId: string, notes: string, at: string): Promise<void> {
  const entryId = newId();
  await insertEntry(trx, {
    id: entryId,
    customer_id: customerId,
    occurred_at: at,
    kind: 'note',
    text: notes,
    created_at: at,
    updated_at: at,
  });
  await reindexEntry(trx, entryId);
}

/** The row's phones whose digits the customer does not have yet, after their last position. */
async function addNewPhones(trx: Db, customerId: string, numbers: readonly string[]): Promise<void> {
  const phones = await phonesOf(trx, [customerId]);
  const digits = new Set(phones.map((p) => p.digits));
  let position = phones.reduce((max, p) => Math.max(max, p.position + 1), 0);
  const newPhones = [];
  for (const number of numbers) {
    const normalized = normalizePhone(number);
    if (digits.has(normalized)) continue;
    digits.add(normalized);
    newPhones.push({ customer_id: customerId, position, label: null, number, digits: normalized });
    position += 1;
  }
  await insertPhones(trx, newPhones);
}

/** The row's tags the customer does not have yet, in any case. */
async function addNewTags(trx: Db, customerId: string, incoming: readonly string[]): Promise<void> {
  const tags = new Set((await tagsOf(trx, [customerId])).map((t) => t.tag.toLowerCase()));
  const newTags = [...new Set(incoming)].filter((tag) => !tags.has(tag.toLowerCase()));
  await insertTags(
    trx,
    newTags.map((tag) => ({ customer_id: customerId, tag })),
  );
}

/** The row's likes and dislikes the customer does not hold yet (trimmed, in any case). */
async function addNewPreferences(trx: Db, customerId: string, draft: RowDraft, at: string): Promise<void> {
  const held = new Set((await preferencesOf(trx, customerId)).map((p) => `${p.polarity} ${p.value.trim().toLowerCase()}`));
  const newPreferences = (polarity: 'like' | 'dislike', values: readonly string[]) =>
    [...new Set(values)]
      .filter((value) => !held.has(`${polarity} ${value.trim().toLowerCase()}`))
      .map((value) => ({
        id: newId(),
        customer_id: customerId,
        polarity,
        category: 'other' as const,
        value,
        created_at: at,
        updated_at: at,
      }));
  await insertPreferences(trx, [...newPreferences('like', draft.likes), ...newPreferences('dislike', draft.dislikes ?? [])]);
}

/** The row's birthday, only when the customer has no birthday of their own yet. */
async function addMissingBirthday(trx: Db, customerId: string, birthday: RowDraft['birthday'], at: string): Promise<void> {
  if (birthday !== null && !(await datesOf(trx, customerId)).some((d) => d.kind === 'birthday' && d.person_id === null)) {
    await insertDates(trx, [
      {
        id: newId(),
        customer_id: customerId,
        person_id: null,
        kind: 'birthday',
        label: null,
        calendar: birthday.calendar,
        year: birthday.year,
        month: birthday.month,
        day: birthday.day,
        leap_month: birthday.leapMonth ? 1 : 0,
        created_at: at,
        updated_at: at,
      },
    ]);
  }
}
