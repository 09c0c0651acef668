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

export const insightsContract = {
  insights: defineCall({
    summary:
      'The book at a glance: the 20/80 curve, customers by tier over time, visits per week, new against returning, who is drifting, top referrers and how fast complaints are resolved.',
    input: z.object({}).strict(),
    output: insightsSchema,
  }),
};
