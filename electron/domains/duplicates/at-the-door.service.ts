import type { CallOutput, Customer, ParsedInput } from '../../../shared/contract';
import type { MessageKey } from '../../../shared/domain/messages';
import { AppError } from '../../api/app-error';
import type { ServiceContext } from '../../api/context';
import { inTransaction } from '../../db/in-transaction';
import { createCustomer } from '../diary/customers.service';
import { bookToday } from '../settings/settings.service';
import { ensureValues } from '../value/value.service';
import { matchInBook, type BookMatch } from './book-matches.service';
import { customerFacts } from './customer-facts';

/** Who in the book this person already is, with what tells the owner whether it is them. */
export async function customerMatches(
  ctx: ServiceContext,
  input: ParsedInput<'customers.matches'>,
): Promise<CallOutput<'customers.matches'>> {
  const [match] = await matchInBook(ctx.db, [
    {
      name: input.name,
      phones: input.phones,
      email: input.email,
      ...(input.excludeId === undefined ? {} : { excludeId: input.excludeId }),
    },
  ]);
  if (match === undefined || match === null) return { match: null };
  await ensureValues(ctx.db, (await bookToday(ctx.db, ctx.now())).today);
  const [customer] = await customerFacts(ctx.db, [match.customerId], ctx.locale);
  return { match: customer === undefined ? null : { reason: match.reason, customer } };
}

const takenKeys = {
  phone: 'customerPhoneTaken',
  email: 'customerEmailTaken',
  name: 'customerNameTaken',
} as const satisfies Record<BookMatch['reason'], MessageKey>;

/**
 * customers.create with the door shut to silent duplicates: a person already in the book is
 * refused, naming who they are, unless the caller chose to add them anyway. The check and the
 * insert are one transaction, so two counters cannot both add the same phone unawares.
 */
export async function createCustomerUnlessKnown(ctx: ServiceContext, input: ParsedInput<'customers.create'>): Promise<Customer> {
  return inTransaction(ctx.db, async (trx) => {
    if (!input.allowDuplicate) {
      const [match] = await matchInBook(trx, [{ name: input.name, phones: input.phones.map((p) => p.number), email: input.email }]);
      if (match !== undefined && match !== null) {
        const [known] = await customerFacts(trx, [match.customerId], ctx.locale);
        throw AppError.saying('CONFLICT', takenKeys[match.reason], {
          name: known === undefined ? '' : known.name || (known.phone ?? ''),
          id: match.customerId,
        });
      }
    }
    return createCustomer({ ...ctx, db: trx }, input);
  });
}
