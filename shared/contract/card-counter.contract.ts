import { z } from 'zod';
import { defineCall } from './define-call';
import { daySchema, idSchema, instantSchema } from './common';
import { entryDraftSchema, entrySchema } from './entries.contract';
import { memberCardSchema } from './cards.contract';

const minor = z.int().min(0).max(1_000_000_000);

/**
 * The member card as the recall card shows it, read from each purse's newest ledger line (the sum
 * is checked when the book opens): points, stored value, each punch card, and what was used last.
 */
export const recallCardSchema = z.object({
  number: z.string().nullable(),
  points: z.int(),
  valueMinor: z.int(),
  currency: z.string(),
  punchCards: z.array(
    z.object({
      id: idSchema,
      kind: z.string(),
      uses: z.int(),
      remaining: z.int(),
      validUntil: daySchema.nullable(),
      /** Past its day in the book's calendar: shown, but not usable. */
      expired: z.boolean(),
    }),
  ),
  /** The newest pay, punch or redeem: one request, its amount summed over its purses. */
  lastUsed: z
    .object({
      kind: z.enum(['pay', 'punch', 'redeem']),
      amount: z.int(),
      punchKind: z.string().nullable(),
      at: instantSchema,
    })
    .nullable(),
});
export type RecallCardFacts = z.infer<typeof recallCardSchema>;

/** What a purchase does to a member's card, worked out by the same rule that writes it. */
export const purchaseQuoteSchema = z.object({
  /** False for a customer without a card: no points, no paying from a balance. */
  member: z.boolean(),
  availableMinor: z.int(),
  /** The part not paid from the balance: what the points are counted on. */
  cashMinor: z.int(),
  points: z.int(),
  currency: z.string(),
});
export type PurchaseQuote = z.infer<typeof purchaseQuoteSchema>;

export const cardCounterContract = {
  'cards.quote': defineCall({
    summary:
      'Before saving a purchase: the points it will earn (on the part not paid from the balance, with the rules in force and the customer’s tier) and what the balance holds.',
    input: z.object({ customerId: idSchema, totalMinor: minor, payMinor: minor.default(0) }).strict(),
    output: purchaseQuoteSchema,
  }),
  'cards.purchase': defineCall({
    summary:
      'Save a purchase of a member, in one transaction: the diary entry, paying part or all of it from the balance, and the points it earns, with the card’s lines in the entry. Refused (more than the balance or the total), nothing is written.',
    input: z.object({ entry: entryDraftSchema, payMinor: minor.default(0) }).strict(),
    output: z.object({ entry: entrySchema, card: memberCardSchema.nullable(), points: z.int(), lines: z.array(z.string()) }),
  }),
};
