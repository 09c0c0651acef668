import { z } from 'zod';
import { daySchema, idSchema } from './common';
import { defineCall } from './define-call';
import { tierSchema } from './value.contract';

const money = z.number();
const count = z.int().min(0);

export const insightsSchema = z.object({
  /** The book's today, which every insight is as of. */
  today: daySchema,
  currency: z.string(),
  windowDays: z.int(),
  /** The 20/80 curve: customers who spent, best first, in twentieths; each point is cumulative. */
  pareto: z.object({
    spenders: count,
    revenue: money,
    topPercent: z.number(),
    /** Share of the revenue from the top `topPercent` of spenders, 0..1. */
    topShare: z.number(),
    points: z.array(z.object({ customersShare: z.number(), revenueShare: z.number() })),
  }),
  tiersOverTime: z.array(z.object({ day: z.string(), counts: z.record(tierSchema, count) })),
  visitsPerWeek: z.array(z.object({ week: z.string(), visits: count })),
  /** Per month: first visits (new customers) and the other visits (customers coming back). */
  newVsReturning: z.array(z.object({ month: z.string(), newCustomers: count, returning: count })),
  drifting: z.array(
    z.object({
      customerId: idSchema,
      name: z.string(),
      daysSinceLastVisit: z.int().nullable(),
      spendInWindow: money,
      visitsInWindow: count,
    }),
  ),
  referrals: z.array(z.object({ customerId: idSchema, name: z.string(), referred: count, referredSpend: money })),
  complaints: z.object({
    open: count,
    months: z.array(z.object({ month: z.string(), complaints: count, resolved: count, medianDaysToResolve: z.number().nullable() })),
  }),
});

export type Insights = z.infer<typeof insightsSchema>;

// Member cards (issue 16): what the shop owes its members and how the cards were used, per month.
export const cardInsightsSchema = z.object({
  today: daySchema,
  currency: z.string(),
  /** Whether the book holds any card movement at all (no cards: the page says nothing of them). */
  anyMovement: z.boolean(),
  /** Stored value outstanding at each month's end (this month: so far), paid in and bonus apart, minor units. */
  outstanding: z.array(z.object({ month: z.string(), principal: money, bonus: money })),
  /** Per month: money topped up and the bonus given with it, stored value paid out, points redeemed. */
  flows: z.array(z.object({ month: z.string(), toppedUp: money, bonus: money, paid: money, pointsRedeemed: count })),
  /** Per month: punch cards sold (and the uses they carry) against uses spent. */
  punches: z.array(z.object({ month: z.string(), cardsSold: count, usesSold: count, usesUsed: count })),
});
export type CardInsights = z.infer<typeof cardInsightsSchema>;

export const insightsContract = {
  insights: defineCall({
    summary:
      'The book at a glance: the 20/80 curve, customers by tier over time, visits per week, new against returning, who is drifting, top referrers and how fast complaints are resolved.',
    input: z.object({}).strict(),
    output: insightsSchema,
  }),
  'insights.cards': defineCall({
    summary:
      'Member cards over the last twelve months: stored value outstanding at each month end (paid in and bonus), top-ups, payments from balance and points redeemed per month, punch cards sold against uses spent.',
    input: z.object({}).strict(),
    output: cardInsightsSchema,
  }),
};
