import { z } from 'zod';
import { festivalKeys } from '../domain/festival-names';
import { holdReasons } from '../domain/greeting-holds';
import { occasionKinds } from '../domain/greeting-templates';
import { defineCall } from './define-call';
import { daySchema, idSchema } from './common';
import { listFilterSchema } from './customers.contract';
import { vk } from './validation';

/** What a greeting is for: a festival of a year, one of the shop's own occasions, a customer's date, or coming back. */
export const occasionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('festival'), festival: z.enum(festivalKeys), year: z.int().min(2000).max(2100) }).strict(),
  z.object({ kind: z.literal('own'), ownId: idSchema, year: z.int().min(2000).max(2100) }).strict(),
  /** A customer's or their key person's birthday or anniversary, its next occurrence. */
  z.object({ kind: z.literal('date'), dateId: idSchema }).strict(),
  /** "We have missed you": for customers drifting away. */
  z.object({ kind: z.literal('win_back') }).strict(),
]);
export type Occasion = z.infer<typeof occasionSchema>;

export const ownOccasionSchema = z
  .object({
    id: idSchema,
    name: z.string().trim().min(1, vk('greetingOccasionNameEmpty')).max(30),
    calendar: z.enum(['solar', 'lunar']),
    month: z.int().min(1, vk('monthRange')).max(12, vk('monthRange')),
    day: z.int().min(1, vk('dayOfMonthRange')).max(31, vk('dayOfMonthRange')),
  })
  .strict()
  // As important dates: 2-30 is no day, a lunar month has at most 30; 29 February falls on the 28th in common years.
  .refine((d) => (d.calendar === 'lunar' ? d.day <= 30 : d.day <= ([31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][d.month - 1] ?? 31)), {
    message: vk('noSuchDay'),
    path: ['day'],
  });

export const greetingSettingsSchema = z
  .object({
    /** The festivals the shop greets on. */
    festivals: z.array(z.enum(festivalKeys)).max(festivalKeys.length),
    /** The shop's own occasions (its anniversary, a sale). */
    own: z.array(ownOccasionSchema).max(20),
    /** Today shows occasions coming within this many days. */
    leadDays: z.int().min(1).max(60),
    shopName: z.string().trim().max(40),
    signature: z.string().trim().max(40),
    /** The owner's own template per occasion kind (a line per sentence, alternatives split by ||); none: the built-in one. */
    templates: z.partialRecord(z.enum(occasionKinds), z.string().max(2000)),
  })
  .strict();
export type GreetingSettings = z.infer<typeof greetingSettingsSchema>;

export const upcomingOccasionSchema = z.object({
  occasion: occasionSchema,
  occasionId: z.string(),
  label: z.string(),
  on: daySchema,
  inDays: z.int(),
});

export const greetingDraftSchema = z.object({
  customerId: idSchema,
  name: z.string(),
  displayAddressAs: z.string(),
  phone: z.string().nullable(),
  text: z.string(),
  /** Why they are held back from this batch (empty: greet them). */
  holds: z.array(z.enum(holdReasons)),
  /** False when they asked for no marketing: never greeted from a batch, not even by hand. */
  canInclude: z.boolean(),
});
export type GreetingDraft = z.infer<typeof greetingDraftSchema>;

export const audienceSchema = z.union([
  z.object({ customerIds: z.array(idSchema).min(1).max(1000) }).strict(),
  /** Customers of the list as filtered (a saved segment's filter), the most recently seen first. */
  z.object({ filter: listFilterSchema }).strict(),
]);

export const greetingOutcomeSchema = z.object({
  batchId: idSchema,
  label: z.string(),
  onDay: daySchema,
  greeted: z.int(),
  /** Of those greeted, how many came back (a visit or purchase) within 30 days of the greeting. */
  greetedBack: z.int(),
  /** The same batch's customers who were not greeted (skipped or held back), and how many of them came back. */
  others: z.int(),
  othersBack: z.int(),
  /** False while 30 days have not passed since the batch: the figures can still grow. */
  complete: z.boolean(),
});

export const greetingsContract = {
  'greetings.settings': defineCall({
    summary:
      'The shop’s greeting settings: festivals on, its own occasions, how far ahead Today shows them, its name and signature, its own templates.',
    input: z.object({}).strict(),
    output: greetingSettingsSchema,
  }),
  'greetings.setSettings': defineCall({
    summary: 'Change the greeting settings; an own template naming a field that does not exist is refused.',
    input: greetingSettingsSchema,
    output: greetingSettingsSchema,
  }),
  'greetings.upcoming': defineCall({
    summary: 'Festivals and the shop’s own occasions coming within the lead days (or the days asked), soonest first.',
    input: z.object({ days: z.int().min(0).max(366).optional() }).strict(),
    output: z.object({ items: z.array(upcomingOccasionSchema) }),
  }),
  'greetings.drafts': defineCall({
    summary:
      'Start a batch of greetings for an occasion: a draft per customer from their own diary, and who is held back and why (recorded as held). Nothing is sent: the owner copies or exports each text.',
    input: z.object({ occasion: occasionSchema, audience: audienceSchema }).strict(),
    output: z.object({
      batchId: idSchema,
      occasionId: z.string(),
      label: z.string(),
      items: z.array(greetingDraftSchema),
      /** Customers of the audience beyond the first 1,000, not drafted. */
      more: z.int(),
    }),
  }),
  'greetings.record': defineCall({
    summary:
      'What the owner did with one draft of a batch: sent (its text becomes a message entry in the diary, with the occasion) or skipped. Sending to a held-back customer is refused when they asked for no marketing.',
    input: z
      .object({
        batchId: idSchema,
        customerId: idSchema,
        outcome: z.enum(['sent', 'skipped']),
        text: z.string().trim().max(2000).default(''),
      })
      .strict()
      .refine((r) => r.outcome !== 'sent' || r.text !== '', { message: vk('greetingTextEmpty'), path: ['text'] }),
    output: z.object({ entryId: idSchema.nullable() }),
  }),
  'greetings.choice': defineCall({
    summary: 'Whether a customer asked for no marketing (no greetings from batches).',
    input: z.object({ customerId: idSchema }).strict(),
    output: z.object({ noMarketing: z.boolean() }),
  }),
  'greetings.setChoice': defineCall({
    summary: 'Record a customer’s choice about marketing: every batch respects it.',
    input: z.object({ customerId: idSchema, noMarketing: z.boolean() }).strict(),
    output: z.object({ noMarketing: z.boolean() }),
  }),
  'greetings.outcomes': defineCall({
    summary:
      'For each batch of greetings, newest first: how many greeted came back within 30 days, against the batch’s customers not greeted.',
    input: z.object({ limit: z.int().min(1).max(100).default(20) }).strict(),
    output: z.object({ items: z.array(greetingOutcomeSchema) }),
  }),
  'greetings.ofCustomer': defineCall({
    summary: 'The greetings sent to a customer, newest first: which diary message was sent for which occasion (the timeline labels them).',
    input: z.object({ customerId: idSchema }).strict(),
    output: z.object({ items: z.array(z.object({ entryId: idSchema, label: z.string(), at: z.string() })) }),
  }),
  'greetings.smsFile': defineCall({
    summary:
      'Phone, name and words of a batch for an SMS service, as .xlsx or CSV (phones kept as text): a row per customer given who has a phone, never one who asked for no marketing. Shuke sends nothing itself.',
    input: z
      .object({
        batchId: idSchema,
        format: z.enum(['xlsx', 'csv']),
        rows: z
          .array(z.object({ customerId: idSchema, text: z.string().trim().min(1, vk('greetingTextEmpty')).max(2000) }).strict())
          .min(1)
          .max(5000),
        lang: z.enum(['zh-CN', 'zh-TW', 'en']).optional(),
      })
      .strict(),
    output: z.object({ fileName: z.string(), contentType: z.string(), base64: z.string(), rows: z.int() }),
  }),
};
