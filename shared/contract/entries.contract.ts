import { z } from 'zod';
import { isValidDay } from '../domain/calendar-date';
import { entryKinds, promiseStatuses } from '../domain/entry-kinds';
import { defineCall } from './define-call';
import type { MessageKey } from '../domain/messages';
import { currencySchema, idSchema, instantSchema, optionalText } from './common';
import { vk } from './validation';

const minorAmount = z.int().min(0).max(1e13, vk('amountTooLarge'));

export const purchaseLineInputSchema = z
  .object({
    item: z.string().trim().min(1, vk('lineNeedsItem')).max(200),
    colour: optionalText(60, 'colour'),
    size: optionalText(30, 'size'),
    quantity: z.int().min(1).max(100_000, vk('quantityTooLarge')).default(1),
    unitPriceMinor: minorAmount.nullable().default(null),
    /** When left out, quantity × unit price. */
    amountMinor: minorAmount.nullable().default(null),
    currency: currencySchema.optional(),
  })
  .strict();

export const purchaseLineSchema = z.object({
  id: idSchema,
  item: z.string(),
  colour: z.string().nullable(),
  size: z.string().nullable(),
  quantity: z.int(),
  unitPriceMinor: z.int().nullable(),
  amountMinor: z.int().nullable(),
  currency: z.string(),
});

export const entryKindSchema = z.enum(entryKinds);

const day = z.string().refine(isValidDay, vk('dayNotReal'));

/** The structured part of an entry, beside its story: all optional, each for the kinds that use it. */
export const entryDetailsInputSchema = z
  .object({
    remedy: optionalText(2000, 'remedy'),
    resolvedOn: day.nullable().default(null),
    promiseDue: day.nullable().default(null),
    promiseStatus: z.enum(promiseStatuses).nullable().default(null),
    giftItem: optionalText(200, 'gift'),
    giftOccasion: optionalText(100, 'occasion'),
    satisfaction: z.int().min(1, vk('satisfactionRange')).max(5, vk('satisfactionRange')).nullable().default(null),
    followUpOn: day.nullable().default(null),
  })
  .strict();

export const entryDetailsSchema = z.object({
  remedy: z.string().nullable(),
  resolvedOn: day.nullable(),
  promiseDue: day.nullable(),
  promiseStatus: z.enum(promiseStatuses).nullable(),
  giftItem: z.string().nullable(),
  giftOccasion: z.string().nullable(),
  satisfaction: z.int().nullable(),
  followUpOn: day.nullable(),
  followUpDoneAt: instantSchema.nullable(),
});

export type EntryDetails = z.infer<typeof entryDetailsSchema>;
export type EntryDetailsInput = z.input<typeof entryDetailsInputSchema>;

type DetailsCheck = { kind: string; details?: z.output<typeof entryDetailsInputSchema> | null | undefined };

/** Which structured fields make sense for which kind; checked on add and update. */
export function detailsProblem(entry: DetailsCheck): { key: MessageKey; path: string[] } | null {
  const d = entry.details;
  if (entry.kind === 'promise' && (d === undefined || d === null || d.promiseDue === null))
    return { key: 'promiseNeedsDue', path: ['details', 'promiseDue'] };
  if (entry.kind === 'gift' && (d === undefined || d === null || d.giftItem === null))
    return { key: 'giftNeedsItem', path: ['details', 'giftItem'] };
  if (d === undefined || d === null) return null;
  if (entry.kind !== 'complaint' && (d.remedy !== null || d.resolvedOn !== null))
    return { key: 'remedyOnlyComplaint', path: ['details', 'remedy'] };
  if (entry.kind !== 'promise' && (d.promiseDue !== null || d.promiseStatus !== null))
    return { key: 'dueOnlyPromise', path: ['details', 'promiseDue'] };
  if (entry.kind !== 'gift' && (d.giftItem !== null || d.giftOccasion !== null))
    return { key: 'giftOnlyGift', path: ['details', 'giftItem'] };
  return null;
}

const entryText = z.string().max(100_000);

export const entryDraftSchema = z
  .object({
    customerId: idSchema,
    occurredAt: instantSchema.optional(),
    kind: entryKindSchema,
    text: entryText.default(''),
    lines: z.array(purchaseLineInputSchema).max(200).default([]),
    details: entryDetailsInputSchema.nullable().default(null),
  })
  .strict()
  .refine((e) => e.lines.length === 0 || e.kind === 'purchase', { message: vk('linesOnlyOnPurchase'), path: ['lines'] })
  .refine((e) => e.text.trim() !== '' || e.lines.length > 0 || (e.kind === 'gift' && e.details?.giftItem != null), {
    message: vk('entryNeedsText'),
    path: ['text'],
  })
  .superRefine((e, ctx) => {
    const problem = detailsProblem(e);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: vk(problem.key), path: problem.path });
  });

export const entryPatchSchema = z
  .object({
    occurredAt: instantSchema.optional(),
    kind: entryKindSchema.optional(),
    text: entryText.optional(),
    /** When present, replaces all the lines. */
    lines: z.array(purchaseLineInputSchema).max(200).optional(),
    /** When present, replaces the structured part (null removes it). */
    details: entryDetailsInputSchema.nullable().optional(),
  })
  .strict();

export const entrySchema = z.object({
  id: idSchema,
  customerId: idSchema,
  occurredAt: instantSchema,
  kind: entryKindSchema,
  text: z.string(),
  lines: z.array(purchaseLineSchema),
  totalMinor: z.int().nullable(),
  currency: z.string().nullable(),
  details: entryDetailsSchema.nullable(),
  deletedAt: instantSchema.nullable(),
  createdAt: instantSchema,
  updatedAt: instantSchema,
  /** When it was last corrected (its earlier versions are kept: entries.revisions); null if never. */
  editedAt: instantSchema.nullable(),
  /** The counter and staff member it was written by, as named then (a correction keeps them); null when not known. */
  writtenOn: z.string().nullable(),
  writtenBy: z.string().nullable(),
});

/** An entry as it read before a correction. */
export const entryRevisionSchema = z.object({
  id: idSchema,
  occurredAt: instantSchema,
  kind: entryKindSchema,
  text: z.string(),
  lines: z.array(purchaseLineSchema),
  replacedAt: instantSchema,
});

export type PurchaseLineInput = z.input<typeof purchaseLineInputSchema>;
export type EntryDraft = z.input<typeof entryDraftSchema>;
export type EntryPatch = z.input<typeof entryPatchSchema>;
export type Entry = z.infer<typeof entrySchema>;
export type PurchaseLine = z.infer<typeof purchaseLineSchema>;

const cursorSchema = z.string().regex(/^[0-9TZ:.+-]+\|[0-9a-f-]+$/, vk('cursorUnknown'));

export const entriesContract = {
  'entries.add': defineCall({
    summary: 'Write a diary entry for a customer; a purchase carries its lines.',
    input: entryDraftSchema,
    output: entrySchema,
  }),
  'entries.update': defineCall({
    summary: 'Change an entry; lines, when given, replace the old ones.',
    input: z.object({ id: idSchema, patch: entryPatchSchema }).strict(),
    output: entrySchema,
  }),
  'entries.revisions': defineCall({
    summary: 'What an entry said before each correction, newest first.',
    input: z.object({ id: idSchema }).strict(),
    output: z.object({ items: z.array(entryRevisionSchema) }),
  }),
  'entries.delete': defineCall({
    summary: 'Move an entry to the trash; entries.restore brings it back.',
    input: z.object({ id: idSchema }).strict(),
    output: entrySchema,
  }),
  'entries.restore': defineCall({
    summary: 'Bring an entry back from the trash.',
    input: z.object({ id: idSchema }).strict(),
    output: entrySchema,
  }),
  'entries.timeline': defineCall({
    summary: 'A customer’s diary, newest first, a page at a time.',
    input: z
      .object({
        customerId: idSchema,
        limit: z.int().min(1).max(200).default(30),
        cursor: cursorSchema.nullable().default(null),
      })
      .strict(),
    output: z.object({ items: z.array(entrySchema), nextCursor: z.string().nullable() }),
  }),
  'entries.purchased': defineCall({
    summary: 'Everything a customer bought, newest first: for the "already has" cue while logging a sale.',
    input: z.object({ customerId: idSchema }).strict(),
    output: z.object({
      items: z.array(
        z.object({
          entryId: idSchema,
          occurredAt: instantSchema,
          item: z.string(),
          colour: z.string().nullable(),
          size: z.string().nullable(),
        }),
      ),
    }),
  }),
  'entries.gifts': defineCall({
    summary: 'Gifts given to a customer, newest first: so the same gift is not given twice.',
    input: z.object({ customerId: idSchema }).strict(),
    output: z.object({
      items: z.array(z.object({ entryId: idSchema, occurredAt: instantSchema, item: z.string(), occasion: z.string().nullable() })),
    }),
  }),
  'entries.trash': defineCall({
    summary: 'Entries in the trash for a customer, most recently deleted first.',
    input: z.object({ customerId: idSchema }).strict(),
    output: z.object({ items: z.array(entrySchema) }),
  }),
};
