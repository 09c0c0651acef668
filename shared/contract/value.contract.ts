import { z } from 'zod';
import { relationships, stages, tiers } from '../domain/customer-value';
import { idSchema } from './common';
import { defineCall } from './define-call';
import { vk } from './validation';

const days = z.int();
const money = z.number();

/** Why a label was given, as numbers the UI words in the reader's language. */
export const reasonSchema = z.discriminatedUnion('rule', [
  z.object({ rule: z.literal('vip'), percent: z.number(), days }),
  z.object({ rule: z.literal('new'), days }),
  z.object({ rule: z.literal('noVisits') }),
  z.object({ rule: z.literal('atRisk'), sinceDays: days, limitDays: days }),
  z.object({ rule: z.literal('lost'), sinceDays: days, limitDays: days }),
  z.object({ rule: z.literal('regular'), visits: z.int(), days }),
  z.object({ rule: z.literal('override'), reason: z.string() }),
  z.object({ rule: z.literal('acquisition'), visits: z.int() }),
  z.object({ rule: z.literal('growth'), recent: money, earlier: money }),
  z.object({ rule: z.literal('decline'), recent: money, earlier: money }),
  z.object({ rule: z.literal('maturity'), visits: z.int(), days }),
  z.object({ rule: z.literal('relationship'), big: z.boolean(), loyal: z.boolean(), visits: z.int(), loyalVisits: z.int() }),
]);

export const tierSchema = z.enum(tiers);

export const customerValueSchema = z.object({
  /** The tier shown: the owner's when they chose one. */
  tier: tierSchema,
  tierWhy: reasonSchema,
  /** What the rules say, shown beside an override. */
  computedTier: tierSchema,
  computedTierWhy: reasonSchema,
  stage: z.enum(stages),
  stageWhy: reasonSchema,
  relationship: z.enum(relationships).nullable(),
  relationshipWhy: reasonSchema.nullable(),
  windowDays: days,
  /** Minor units of the book's currency. */
  spendInWindow: money,
  visitsInWindow: z.int(),
  averageSpend: money.nullable(),
  usualGapDays: z.number().nullable(),
  daysSinceLastVisit: days.nullable(),
});

export type CustomerValue = z.infer<typeof customerValueSchema>;

export const valueContract = {
  'customers.value': defineCall({
    summary:
      'One customer’s value as of the book’s today: tier, lifecycle stage and relationship type, each with the reason, and the numbers behind them.',
    input: z.object({ customerId: idSchema }).strict(),
    output: customerValueSchema.nullable(),
  }),
  'customers.setTier': defineCall({
    summary: 'Set a customer’s tier by hand, with a reason (tier null goes back to the computed tier).',
    input: z
      .object({
        customerId: idSchema,
        tier: tierSchema.nullable(),
        reason: z.string().trim().max(200).default(''),
      })
      .strict()
      .refine((v) => v.tier === null || v.reason !== '', { message: vk('tierNeedsReason'), path: ['reason'] }),
    output: customerValueSchema.nullable(),
  }),
};
