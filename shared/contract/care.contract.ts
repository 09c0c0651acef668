import { z } from 'zod';
import { defineCall } from './define-call';
import { daySchema, idSchema, instantSchema, optionalText } from './common';
import { vk } from './validation';

export { daySchema };

export const dateKinds = ['birthday', 'anniversary', 'custom'] as const;

export const importantDateInputSchema = z
  .object({
    id: idSchema.optional(),
    customerId: idSchema,
    personId: idSchema.nullable().default(null),
    kind: z.enum(dateKinds),
    label: optionalText(60, 'label'),
    calendar: z.enum(['solar', 'lunar']),
    year: z.int().min(1900, vk('yearRange')).max(2100, vk('yearRange')).nullable().default(null),
    month: z.int().min(1, vk('monthRange')).max(12, vk('monthRange')),
    day: z.int().min(1, vk('dayOfMonthRange')).max(31, vk('dayOfMonthRange')),
    leapMonth: z.boolean().default(false),
  })
  .strict()
  .refine((d) => d.kind !== 'custom' || d.label !== null, { message: vk('customDateNeedsLabel'), path: ['label'] })
  .refine((d) => d.calendar === 'lunar' || !d.leapMonth, { message: vk('leapOnlyLunar'), path: ['leapMonth'] })
  .refine((d) => (d.calendar === 'lunar' ? d.day <= 30 : d.day <= ([31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][d.month - 1] ?? 31)), {
    message: vk('noSuchDay'),
    path: ['day'],
  });

export const importantDateSchema = z.object({
  id: idSchema,
  customerId: idSchema,
  personId: idSchema.nullable(),
  personName: z.string().nullable(),
  kind: z.enum(dateKinds),
  label: z.string().nullable(),
  calendar: z.enum(['solar', 'lunar']),
  year: z.int().nullable(),
  month: z.int(),
  day: z.int(),
  leapMonth: z.boolean(),
  /** The next time it comes round, in the solar calendar, and how many years it will be then. */
  next: z.object({ on: daySchema, years: z.int().nullable(), inDays: z.int() }),
});

export const keyPersonSchema = z.object({
  id: idSchema,
  customerId: idSchema,
  name: z.string(),
  relation: z.string(),
  linkedCustomerId: idSchema.nullable(),
  note: z.string().nullable(),
});

const todayItemBase = {
  customerId: idSchema,
  customerName: z.string(),
  displayAddressAs: z.string(),
  /** The last four digits of their first phone, so two 赵女士 can be told apart. */
  phoneTail: z.string().nullable(),
  lastContactAt: instantSchema.nullable(),
};

/** What can be done about a Today item: written into the diary (done, greeted, called) or not (snoozed, not a regular). */
export const careMarkKinds = [
  'greeted',
  'called',
  'snoozed',
  'notRegular',
  'followUp',
  'promiseKept',
  'promiseBroken',
  'complaintCall',
] as const;

/** Work the app does in the background (the daily values, backups) that last failed, and why. */
export const backgroundFailureSchema = z.object({
  what: z.enum(['values', 'backup', 'cards']),
  at: instantSchema,
  reason: z.string(),
});

export type BackgroundFailure = z.infer<typeof backgroundFailureSchema>;

/** Member-card reminders on Today: a punch card ending within 30 days, one with one use left, points about to expire. */
export const cardReminderKinds = ['punchEnding', 'oneLeft', 'pointsExpiring'] as const;

/** Which card reminder a done or snoozed item is about (its punch card, and the day it ends). */
export const cardReminderSchema = z
  .object({ about: z.enum(cardReminderKinds), punchId: idSchema.nullable().default(null), due: daySchema.nullable().default(null) })
  .strict();
export type CardReminder = z.infer<typeof cardReminderSchema>;

export const todaySchema = z.object({
  /** The day this list is for. */
  day: daySchema,
  /** The book's today (from its time zone and the server's clock), for "3 days ago". */
  today: daySchema,
  timeZone: z.string(),
  dates: z.array(z.object({ ...todayItemBase, date: importantDateSchema })),
  followUps: z.array(
    z.object({ ...todayItemBase, entryId: idSchema, kind: z.string(), text: z.string(), due: daySchema, overdueDays: z.int() }),
  ),
  promises: z.array(z.object({ ...todayItemBase, entryId: idSchema, text: z.string(), due: daySchema, overdueDays: z.int() })),
  complaintCalls: z.array(z.object({ ...todayItemBase, entryId: idSchema, text: z.string(), due: daySchema, resolvedOn: daySchema })),
  openComplaints: z.array(z.object({ ...todayItemBase, entryId: idSchema, text: z.string(), since: instantSchema })),
  drifting: z.array(
    z.object({ ...todayItemBase, lastVisitAt: instantSchema, visitCount: z.int(), usualGapDays: z.number(), daysAway: z.int() }),
  ),
  /** Member cards: punch cards ending within 30 days or with one use left, points expiring within 30 days. */
  cards: z.array(
    z.object({
      ...todayItemBase,
      about: z.enum(cardReminderKinds),
      punchId: idSchema.nullable(),
      punchKind: z.string().nullable(),
      /** Uses left on the punch card, or the points that expire. */
      count: z.int(),
      /** The last day the punch card or the points are good; null for a punch card without an end. */
      due: daySchema.nullable(),
    }),
  ),
  /** What was done about Today's items on this day, latest first (they leave the lists above). */
  doneToday: z.array(
    z.object({
      customerId: idSchema,
      customerName: z.string(),
      displayAddressAs: z.string(),
      phoneTail: z.string().nullable(),
      what: z.enum(careMarkKinds),
      text: z.string().nullable(),
      at: instantSchema,
    }),
  ),
  backup: z.object({ lastAt: instantSchema.nullable() }),
  /** The last background work that failed, until it next succeeds; null when all is well. */
  backgroundFailure: backgroundFailureSchema.nullable(),
});

export type ImportantDate = z.infer<typeof importantDateSchema>;
export type KeyPerson = z.infer<typeof keyPersonSchema>;
export type Today = z.infer<typeof todaySchema>;

export const careContract = {
  'dates.set': defineCall({
    summary: 'Add or change an important date (birthday, anniversary, custom), solar or lunar, with or without a year.',
    input: importantDateInputSchema,
    output: importantDateSchema,
  }),
  'dates.remove': defineCall({
    summary: 'Forget an important date.',
    input: z.object({ id: idSchema }).strict(),
    output: z.object({ id: idSchema }),
  }),
  'dates.list': defineCall({
    summary: 'A customer’s important dates and their key people’s, soonest first (counted from the book’s today unless a day is given).',
    input: z.object({ customerId: idSchema, today: daySchema.optional() }).strict(),
    output: z.object({ items: z.array(importantDateSchema) }),
  }),
  'people.set': defineCall({
    summary: 'Add or change a key person around a customer (spouse, child, assistant, boss …).',
    input: z
      .object({
        id: idSchema.optional(),
        customerId: idSchema,
        name: z.string().trim().min(1).max(100),
        relation: z.string().trim().min(1, vk('relationNeeded')).max(40),
        linkedCustomerId: idSchema.nullable().default(null),
        note: optionalText(1000, 'note'),
      })
      .strict(),
    output: keyPersonSchema,
  }),
  'people.remove': defineCall({
    summary: 'Forget a key person (and their dates).',
    input: z.object({ id: idSchema }).strict(),
    output: z.object({ id: idSchema }),
  }),
  'people.list': defineCall({
    summary: 'The key people around a customer.',
    input: z.object({ customerId: idSchema }).strict(),
    output: z.object({ items: z.array(keyPersonSchema) }),
  }),
  'customers.referrals': defineCall({
    summary: 'Whom a customer brought in, and what those customers spent.',
    input: z.object({ customerId: idSchema }).strict(),
    output: z.object({
      items: z.array(
        z.object({ customerId: idSchema, name: z.string(), since: instantSchema, spentMinor: z.int(), currency: z.string().nullable() }),
      ),
    }),
  }),
  today: defineCall({
    summary:
      'The morning list for a day (the book’s today unless one is given): dates coming up, follow-ups, promises and complaint calls due, regulars drifting away, and member-card reminders (punch cards ending or with one use left, points expiring).',
    input: z.object({ day: daySchema.optional(), horizonDays: z.int().min(0).max(60).default(7) }).strict(),
    output: todaySchema,
  }),
  'care.done': defineCall({
    summary:
      'Mark a Today item done, writing the line into the diary: a follow-up, promise or complaint call done, a date greeted (dateId: that occurrence leaves Today), a drifting regular or an open complaint called (it leaves Today for snoozeDays).',
    input: z
      .object({
        customerId: idSchema,
        entryId: idSchema.nullable().default(null),
        what: z.enum(['followUp', 'promiseKept', 'promiseBroken', 'complaintCall', 'greeted', 'called']),
        dateId: idSchema.nullable().default(null),
        snoozeDays: z.int().min(1).max(365).nullable().default(null),
        text: z.string().trim().min(1, vk('diaryLineNeeded')).max(2000),
        /** A member-card reminder told to the customer ('called'): it leaves Today. */
        card: cardReminderSchema.nullable().default(null),
      })
      .strict(),
    output: z.object({ entryId: idSchema }),
  }),
  'care.snooze': defineCall({
    summary:
      'Take a drifting regular (entryId null) or an open complaint (its entryId) off Today without a diary line: for some days, or, for a regular, for good until they next come in ("not a regular").',
    input: z
      .object({
        customerId: idSchema,
        entryId: idSchema.nullable().default(null),
        what: z.enum(['snoozed', 'notRegular']),
        days: z.int().min(1).max(365).nullable().default(null),
        /** A member-card reminder put off ('snoozed'). */
        card: cardReminderSchema.nullable().default(null),
      })
      .strict(),
    output: z.object({ until: daySchema.nullable() }),
  }),
};
