import { z } from 'zod';
import { defineCall } from './define-call';
import { idSchema, instantSchema } from './common';
import { genderSchema } from './customers.contract';
import { purchaseLineSchema } from './entries.contract';
import { preferenceSchema } from './preferences.contract';

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
  archivedAt: instantSchema.nullable(),
});

export type Recall = z.infer<typeof recallSchema>;

export const recallContract = {
  recall: defineCall({
    summary: 'What to know the moment a customer walks in: name, visits, last purchase, likes, last diary line.',
    input: z.object({ customerId: idSchema }).strict(),
    output: recallSchema,
  }),
};
