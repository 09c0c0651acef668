import { z } from 'zod';
import { defineCall } from './define-call';
import { idSchema, instantSchema, optionalText, text } from './common';
import { customerSummarySchema, genderSchema, maxPhones } from './customers.contract';
import { vk } from './validation';

/** Customer fields a merge may fill on the survivor from the other customer. */
export const mergeFillFields = [
  'name',
  'address_as',
  'gender',
  'email',
  'address',
  'company',
  'title',
  'about',
  'referred_by',
  'tier_override',
  'created_at',
] as const;

export const matchReasons = ['phone', 'email', 'name'] as const;

/**
 * A customer with what tells two records of one person apart: how often they came, what they
 * spent (all time, minor units, in the book's currency), since when the book knows them, and how
 * much diary there is.
 */
export const customerFactsSchema = customerSummarySchema.extend({
  gender: genderSchema,
  visitCount: z.int(),
  spendTotal: z.number(),
  /** The earlier of when they were written down and their first visit. */
  firstSeenAt: instantSchema,
  firstVisitAt: instantSchema.nullable(),
  entryCount: z.int(),
});

export type CustomerFacts = z.infer<typeof customerFactsSchema>;

const mergePlanSchema = z.object({
  survivor: customerSummarySchema,
  other: customerSummarySchema,
  moves: z.object({
    entries: z.int(),
    preferences: z.int(),
    dates: z.int(),
    people: z.int(),
    referrals: z.int(),
    keptApart: z.int(),
  }),
  /** Exact duplicates the merge folds into the survivor's own (the same date, like or person). */
  folds: z.object({ preferences: z.int(), dates: z.int(), people: z.int() }),
  /** Survivor fields that are empty (or later, for the first-seen date) and will be taken from the other customer. */
  fills: z.array(z.enum(mergeFillFields)),
  phones: z.array(z.string()),
  tags: z.array(z.string()),
  /** The other's member card, brought into the survivor's with merge lines (null when they have none). */
  card: z
    .object({
      number: z.string().nullable(),
      points: z.int(),
      principal: z.int(),
      bonus: z.int(),
      punches: z.array(z.object({ kind: z.string(), count: z.int() })),
    })
    .nullable()
    .default(null),
});

export const duplicatesContract = {
  'duplicates.find': defineCall({
    summary:
      'Likely duplicate customers: the same phone, the same email, or the same name with a phone ending the same; the richer record of each group first.',
    input: z.object({ limit: z.int().min(1).max(500).default(100) }).strict(),
    output: z.object({
      groups: z.array(
        z.object({
          reason: z.enum(matchReasons),
          key: z.string(),
          customers: z.array(customerFactsSchema),
          /** The record to keep: the one with more diary, visits and spend. */
          suggestedId: idSchema,
        }),
      ),
    }),
  }),
  'customers.matches': defineCall({
    summary:
      'Who in the book this person already is, if anyone: the same phone, else the same email, else the same name with a phone ending the same (archived customers and excludeId left out).',
    input: z
      .object({
        name: text(100, 'name').trim().default(''),
        phones: z.array(z.string().max(40)).max(maxPhones).default([]),
        email: optionalText(200, 'email'),
        /** The customer being edited, who must not match themselves. */
        excludeId: idSchema.optional(),
      })
      .strict(),
    output: z.object({ match: z.object({ reason: z.enum(matchReasons), customer: customerFactsSchema }).nullable() }),
  }),
  'customers.merge': defineCall({
    summary:
      'Merge one customer into another: entries, purchases, likes, dates, people, referrals and every phone move over; dryRun shows the plan without changing anything. Both records as they were go into the survivor’s diary.',
    input: z.object({ survivorId: idSchema, otherId: idSchema, dryRun: z.boolean().default(true) }).strict(),
    output: mergePlanSchema,
  }),
  'customers.unmerge': defineCall({
    summary:
      'Undo the last merge (possible until the next merge): the merged-away customer comes back with what was theirs, and the survivor’s details are put back where the merge changed them.',
    /** The customer the merge took away: a stale button cannot undo a different merge. */
    input: z.object({ otherId: idSchema }).strict(),
    output: z.object({ survivorId: idSchema, otherId: idSchema, name: z.string() }),
  }),
  'duplicates.keepApart': defineCall({
    summary: 'Remember that these customers are different people (two 张三 are common), so they are not proposed as duplicates again.',
    input: z.object({ customerIds: z.array(idSchema).min(2, vk('duplicatesNeedTwo')).max(20) }).strict(),
    output: z.object({ pairs: z.int() }),
  }),
};
