import { z } from 'zod';
import { defineCall } from './define-call';
import { idSchema, instantSchema } from './common';
import { vk } from './validation';

export const matchKinds = [
  'name',
  'pinyin',
  'initials',
  'addressAs',
  'phone',
  'phoneTail',
  'email',
  'company',
  'tag',
  'preference',
  'note',
] as const;
export type MatchKind = (typeof matchKinds)[number];

export const lookupHitSchema = z.object({
  customerId: idSchema,
  name: z.string(),
  displayAddressAs: z.string(),
  phoneTail: z.string().nullable(),
  lastVisitAt: instantSchema.nullable(),
  lastPurchase: z
    .object({ item: z.string(), colour: z.string().nullable(), size: z.string().nullable(), occurredAt: instantSchema })
    .nullable(),
  /** Why this customer matched, to show beside the name: the field and the words that matched. */
  reason: z.object({ kind: z.enum(matchKinds), text: z.string() }),
});

export type LookupHit = z.infer<typeof lookupHitSchema>;

export const lookupContract = {
  lookup: defineCall({
    summary:
      'The walk-in lookup: customers by whatever is remembered (name, pinyin, initials, phone or its tail, company, tag, a word from the diary), best match first.',
    input: z
      .object({
        query: z.string().trim().min(1, vk('lookupEmpty')).max(100),
        limit: z.int().min(1).max(50).default(10),
      })
      .strict(),
    output: z.object({ hits: z.array(lookupHitSchema) }),
  }),
};
