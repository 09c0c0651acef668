import { inTransaction } from '../../db/in-transaction';
import type { Db } from '../../db/database';
import { groupBy } from '../../../shared/domain/group-by';
import { countCustomers, customerIdsPage, findCustomers, phonesOf, tagsOf } from '../customers/customers.repository';
import { findEntry } from '../entries/entries.repository';
import { preferencesOfMany } from '../preferences/preferences.repository';
import { readSettings, writeSetting } from '../settings/settings.repository';
import { customerKeys } from './customer-keys';
import * as repo from './search.repository';
import { withIndexesRebuiltAfter } from '../../db/rebuild-indexes';
import { bigramBody } from './search-text';

/** Bump when the way keys or terms are made changes: books then rebuild their index on open. */
export const SEARCH_INDEX_VERSION = '1';
const versionKey = 'search.indexVersion';

async function keysFor(db: Db, customerIds: string[]) {
  const [customers, phones, tags, prefs] = await Promise.all([
    findCustomers(db, customerIds),
    phonesOf(db, customerIds),
    tagsOf(db, customerIds),
    preferencesOfMany(db, customerIds),
  ]);
  const phonesBy = groupBy(phones, (p) => p.customer_id);
  const tagsBy = groupBy(tags, (t) => t.customer_id);
  const prefsBy = groupBy(prefs, (p) => p.customer_id);
  return new Map(
    customers.map((customer) => [
      customer.id,
      customerKeys({
        name: customer.name,
        addressAs: customer.address_as,
        email: customer.email,
        company: customer.company,
        phones: (phonesBy.get(customer.id) ?? []).map((p) => p.number),
        tags: (tagsBy.get(customer.id) ?? []).map((t) => t.tag),
        preferences: (prefsBy.get(customer.id) ?? []).map((p) => p.value),
      }),
    ]),
  );
}

/** Rebuilds one customer's keys; called inside the transaction that changed them. */
export async function reindexCustomer(db: Db, customerId: string): Promise<void> {
  const keys = (await keysFor(db, [customerId])).get(customerId) ?? [];
  await repo.replaceKeys(db, customerId, keys);
}

/** Brings one entry's diary terms in line with the entry: indexed while live, gone once trashed. */
export async function reindexEntry(db: Db, entryId: string): Promise<void> {
  const entry = await findEntry(db, entryId);
  const doc = await repo.docOf(db, entryId);
  if (entry === undefined || entry.deleted_at !== null || entry.text.trim() === '') {
    if (doc !== undefined) await repo.deleteDoc(db, doc);
    return;
  }
  if (doc !== undefined) await repo.moveDoc(db, doc, entry.customer_id);
  await repo.writeTerms(db, doc ?? (await repo.insertDoc(db, entry.id, entry.customer_id)), bigramBody(entry.text));
}

export type Progress = (phase: 'customers' | 'entries', done: number, total: number) => void;

/**
 * Rebuilds the whole index in one transaction (a crash leaves the old index and the old version):
 * the caller's when there is one, as an import's, so the index moves with the rows it indexes.
 */
export async function rebuildSearchIndex(db: Db, onProgress?: Progress): Promise<void> {
  await inTransaction(db, async (trx) => {
    await repo.clearIndex(trx);
    const customerTotal = await countCustomers(trx);
    let after = '';
    let done = 0;
    await withIndexesRebuiltAfter(trx, ['search_keys'], async () => {
      for (;;) {
        const ids = await customerIdsPage(trx, after, 2000);
        if (ids.length === 0) break;
        const keys = await keysFor(trx, ids);
        const tuples: repo.KeyTuple[] = [];
        for (const [customerId, rows] of keys) repo.keyTuples(customerId, rows, tuples);
        await repo.insertKeys(trx, tuples);
        done += ids.length;
        after = ids[ids.length - 1] ?? after;
        onProgress?.('customers', done, customerTotal);
      }
    });
    const entryTotal = await repo.countLiveEntries(trx);
    after = '';
    done = 0;
    let doc = 0;
    for (;;) {
      const page = await repo.entriesPage(trx, after, 5000);
      if (page.length === 0) break;
      const written = page.filter((e) => e.text.trim() !== '').map((e) => ({ doc: (doc += 1), entry: e }));
      await repo.insertDocs(
        trx,
        written.map((w) => ({ doc: w.doc, entry_id: w.entry.id, customer_id: w.entry.customer_id })),
      );
      await repo.insertTerms(
        trx,
        written.map((w) => ({ doc: w.doc, body: bigramBody(w.entry.text) })),
      );
      done += page.length;
      after = page[page.length - 1]?.id ?? after;
      onProgress?.('entries', done, entryTotal);
    }
    await writeSetting(trx, versionKey, SEARCH_INDEX_VERSION);
  });
}

/** Rebuilds the index when it was made by another version (or never, as after migration 0002). */
export async function ensureSearchIndex(db: Db, onProgress?: Progress): Promise<boolean> {
  const settings = await readSettings(db);
  if (settings.get(versionKey) === SEARCH_INDEX_VERSION) return false;
  await rebuildSearchIndex(db, onProgress);
  return true;
}
