import { z } from 'zod';
import { defineCall } from './define-call';
import { currencySchema, daySchema, timeZoneSchema } from './common';

export const settingsSchema = z.object({
  currency: currencySchema,
  /** The shop's time zone (IANA): it decides the book's today, for values, Today, insights and tier history. */
  timeZone: timeZoneSchema,
  /** After a purchase, the follow-up suggested this many days later. */
  followUpAfterPurchaseDays: z.int().min(1).max(365),
  /** After a complaint is resolved, the follow-up call is due this many days later. */
  complaintFollowUpDays: z.int().min(0).max(60),
  /** Reaching out again within this many days asks "contacted 2 days ago — still?". */
  contactCooldownDays: z.int().min(0).max(60),
  /** Customer value (tiers, stages, relationship types): see shared/domain/customer-value.ts. */
  vipTopPercent: z.int().min(1).max(50),
  valueWindowDays: z.int().min(30).max(730),
  newWithinDays: z.int().min(7).max(365),
  atRiskAfterDays: z.int().min(14).max(365),
  lostAfterDays: z.int().min(60).max(1095),
  loyalVisits: z.int().min(1).max(50),
});

export type Settings = z.infer<typeof settingsSchema>;

export const settingsContract = {
  'settings.get': defineCall({
    summary: 'The book’s settings, such as its default currency and time zone, and the book’s today in that zone.',
    input: z.object({}).strict(),
    output: settingsSchema.extend({ today: daySchema }),
  }),
  'settings.update': defineCall({
    summary: 'Change the book’s settings.',
    input: settingsSchema.partial().strict(),
    output: settingsSchema,
  }),
};
