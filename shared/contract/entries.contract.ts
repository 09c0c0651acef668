import { z } from 'zod';
import { entryKinds } from '../domain/entry-kinds';
import { defineCall } from './define-call';
import { currencySchema, idSchema, instantSchema, optionalText } from './common';

const minorAmount = z
  .int('an amount must be a whole number of cents/fen')
  .min(0, 'an amount cannot be negative')
  .max(1e13, 'that amount is too large');

export const purchaseLineInputSchema = z
  .object({
    item: z.string().trim().min(1, 'each purchase line needs an item').max(200, 'item is longer than 200 characters'),
    colour: optionalText(60, 'colour'),
    size: optionalText(30, 'size'),
    quantity: z
      .int('quantity must be a whole number')
      .min(1, 'quantity must be at least 1')
      .max(100_000, 'quantity is too large')
      .default(1),
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

export const entryKindSchema = z.enum(entryKinds, { error: `kind must be one of ${entryKinds.join(', ')}` });

const entryText = z.string().max(100_000, 'the entry is longer than 100,000 characters');

export const entryDraftSchema = z
  .object({
    customerId: idSchema,
    occurredAt: instantSchema.optional(),
    kind: entryKindSchema,
    text: entryText.default(''),
    lines: z.array(purchaseLineInputSchema).max(200, 'at most 200 lines in one purchase').default([]),
  })
  .strict()
  .refine((e) => e.lines.length === 0 || e.kind === 'purchase', { message: 'only a purchase can have purchase lines', path: ['lines'] })
  .refine((e) => e.text.trim() !== '' || e.lines.length > 0, { message: 'write something, or add a purchase line', path: ['text'] });

export const entryPatchSchema = z
  .object({
    occurredAt: instantSchema.optional(),
    kind: entryKindSchema.optional(),
    text: entryText.optional(),
    /** When present, replaces all the lines. */
    lines: z.array(purchaseLineInputSchema).max(200, 'at most 200 lines in one purchase').optional(),
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
  deletedAt: instantSchema.nullable(),
  createdAt: instantSchema,
  updatedAt: instantSchema,
});

export type PurchaseLineInput = z.input<typeof purchaseLineInputSchema>;
export type EntryDraft = z.input<typeof entryDraftSchema>;
export type Entry = z.infer<typeof entrySchema>;
export type PurchaseLine = z.infer<typeof purchaseLineSchema>;

const cursorSchema = z.string().regex(/^[0-9TZ:.+-]+\|[0-9a-f-]+$/, 'cursor must come from an earlier page');

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
  'entries.trash': defineCall({
    summary: 'Entries in the trash for a customer, most recently deleted first.',
    input: z.object({ customerId: idSchema }).strict(),
    output: z.object({ items: z.array(entrySchema) }),
  }),
};
