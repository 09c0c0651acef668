import type { ArchiveCustomer } from '../../../shared/contract/archive.schema';
import type { ParsedInput } from '../../../shared/contract';
import { AppError, notFound } from '../../api/app-error';
import type { ServiceContext } from '../../api/context';
import { inReadSnapshot } from '../../db/read-snapshot';
import { deleteConfirmation } from '../../../shared/domain/delete-confirmation';
import { deleteCustomer, findCustomer, phonesOf } from '../customers/customers.repository';
import { deleteCustomerTerms } from '../search/search.repository';
import { readArchiveCustomers } from '../records/archive-read';

/** Everything the book holds about one customer, for their own request to see it. */
export async function customerEverything(ctx: ServiceContext, input: ParsedInput<'customers.everything'>): Promise<ArchiveCustomer> {
  // Several queries, one snapshot: a save landing between them cannot make the record disagree with itself.
  const [record] = await inReadSnapshot(ctx.db, (db) => readArchiveCustomers(db, [input.id]));
  if (record === undefined) throw notFound('customer');
  return record;
}

/**
 * Deletes a customer and everything about them, search index included, in one transaction. The
 * caller must repeat the name (or phone, for a customer without one), so that a slip of the keyboard
 * cannot erase a customer.
 */
export async function deleteCustomerForGood(ctx: ServiceContext, input: ParsedInput<'customers.delete'>) {
  return ctx.db.transaction().execute(async (trx) => {
    const customer = await findCustomer(trx, input.id);
    if (customer === undefined) throw notFound('customer');
    const expected = deleteConfirmation({ ...customer, phones: await phonesOf(trx, [customer.id]) });
    if (input.confirmName.trim() !== expected) {
      throw AppError.saying('INVALID_INPUT', 'deleteNameMismatch');
    }
    await deleteCustomerTerms(trx, customer.id);
    await deleteCustomer(trx, customer.id);
    return {
      id: customer.id,
      name: customer.name,
      notice: 'Deleted from the book. Backups made before now still hold this customer until they are deleted.',
    };
  });
}
