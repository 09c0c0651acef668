import { z } from 'zod';
import { customerValueSchema } from './value.contract';
import { defineCall } from './define-call';
import { idSchema, instantSchema } from './common';
import { genderSchema } from './customers.contract';
import { purchaseLineSchema } from './entries.contract';
import { preferenceSchema } from './preferences.contract';
import { importantDateSchema } from './care.contract';
import { recallCardSchema } from './card-counter.contract';

export const recallSchema = z.object({
  customerId: idSchema,
  name: z.string(),
  displayAddressAs: z.string(),
  gender: genderSchema,
  phone: z.string().nullable(),
  visitCount: z.int(),
  firstVisitAt: instantSchema.nullable(),
  lastVisitAt: instantSchema.nullable(),
  lastPurchase: z
    .object({
      entryId: idSchema,
      occurredAt: instantSchema,
      lines: z.array(purchaseLineSchema),
      totalMinor: z.int().nullable(),
      currency: z.string().nullable(),
    })
    .nullable(),
  likes: z.array(preferenceSchema),
  dislikes: z.array(preferenceSchema),
  facts: z.array(preferenceSchema),
  lastLine: z.object({ entryId: idSchema, occurredAt: instantSchema, text: z.string() }).nullable(),
  /** The last call, message, gift or visit: so nobody is contacted too often. */
  lastContactAt: instantSchema.nullable(),
  openPromises: z.array(z.object({ entryId: idSchema, text: z.string(), due: z.string() })),
  openComplaints: z.array(z.object({ entryId: idSchema, text: z.string(), since: instantSchema })),
  /** Important dates (theirs and their key people's) in the next 30 days, soonest first. */
  upcomingDates: z.array(importantDateSchema),
  referredBy: z.object({ id: idSchema, name: z.string() }).nullable(),
  /** The staff member who looks after them, if anyone. */
  responsible: z.string().nullable(),
  archivedAt: instantSchema.nullable(),
  /** Tier, stage and relationship type with their reasons; null for an archived customer. */
  value: customerValueSchema.nullable(),
  /** The member card at a glance; null for a customer without one. */
  card: recallCardSchema.nullable(),
  /** The newest greeting sent to them: "greeted for 中秋节 2026, 9 days ago". */
  lastGreeting: z.object({ label: z.string(), at: instantSchema }).nullable(),
});

export type Recall = z.infer<typeof recallSchema>;

export const recallContract = {
  recall: defineCall({
    summary:
      'What to know the moment a customer walks in: name, visits, last purchase, likes, last diary line, promises, complaints and dates.',
    input: z
      .object({
        customerId: idSchema,
      })
      .strict(),
    output: recallSchema,
  }),
};
