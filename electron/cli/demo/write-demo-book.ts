import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { countCustomers, insertCustomers, insertPhones, insertTags } from '../../domains/customers/customers.repository';
import { insertDetailsMany, insertEntries, insertLines } from '../../domains/entries/entries.repository';
import { insertPreferences } from '../../domains/preferences/preferences.repository';
import { insertDates, insertPeople } from '../../domains/care/care.repository';
import { generateCustomer, type DemoCustomer } from './generate-demo-book';
import { createRandom } from './random';

export interface DemoOptions {
  customers: number;
  seed: number;
  now: Date;
  currency?: string;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Fills an empty book with a deterministic demo: the same seed and date always write the same
 * book. It all goes in one transaction, so an interrupted run leaves the book empty, not half full.
 */
export async function writeDemoBook(db: Kysely<Database>, options: DemoOptions): Promise<{ customers: number; entries: number }> {
  if ((await countCustomers(db)) > 0) throw new Error('This book already has customers; demo data goes into an empty book only.');
  const random = createRandom(options.seed);
  const now = options.now.getTime();
  let entries = 0;
  await db.transaction().execute(async (trx) => {
    const batch: DemoCustomer[] = [];
    const earlier: string[] = [];
    const flush = async () => {
      await insertCustomers(
        trx,
        batch.map((b) => b.customer),
      );
      await insertPhones(
        trx,
        batch.flatMap((b) => b.phones),
      );
      await insertTags(
        trx,
        batch.flatMap((b) => b.tags),
      );
      await insertEntries(
        trx,
        batch.flatMap((b) => b.entries),
      );
      await insertLines(
        trx,
        batch.flatMap((b) => b.lines),
      );
      await insertPreferences(
        trx,
        batch.flatMap((b) => b.preferences),
      );
      await insertDetailsMany(
        trx,
        batch.flatMap((b) => b.details),
      );
      await insertPeople(
        trx,
        batch.flatMap((b) => b.people),
      );
      await insertDates(
        trx,
        batch.flatMap((b) => b.dates),
      );
      batch.length = 0;
    };
    for (let i = 0; i < options.customers; i += 1) {
      // A few customers were brought by one written down before them.
      const customer = generateCustomer(random, now, options.currency ?? 'CNY', earlier);
      earlier.push(customer.customer.id);
      entries += customer.entries.length;
      batch.push(customer);
      if (batch.length === 1000) {
        await flush();
        options.onProgress?.(i + 1, options.customers);
      }
    }
    await flush();
    options.onProgress?.(options.customers, options.customers);
  });
  return { customers: options.customers, entries };
}
