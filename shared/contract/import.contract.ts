import { z } from 'zod';
import { tiers } from '../domain/customer-value';
import { importFields } from '../domain/import-columns';
import { importProblemKinds } from '../domain/import-problems';
import { archiveImportReportSchema } from './archive.schema';
import { defineCall } from './define-call';
import { idSchema, instantSchema } from './common';
import { vk } from './validation';

const csvText = z
  .string()
  .min(1, vk('fileEmpty'))
  .max(64 * 1024 * 1024, vk('fileTooLarge', { megabytes: 64 }));

/** What an import reads: a CSV or a vCard already decoded to text, or an Excel workbook's bytes. */
export const importFileSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('csv'), text: csvText }).strict(),
  z.object({ kind: z.literal('vcard'), text: csvText }).strict(),
  z
    .object({
      kind: z.literal('xlsx'),
      base64: z
        .base64(vk('notBase64'))
        .min(1, vk('fileEmpty'))
        .max(64 * 1024 * 1024, vk('fileTooLarge', { megabytes: 48 })),
    })
    .strict(),
]);
export type ImportFile = z.infer<typeof importFileSchema>;

const problemsSchema = z.array(z.object({ kind: z.enum(importProblemKinds), value: z.string() }));
const mappingSchema = z.array(z.enum(importFields).nullable()).max(200);

/** What to do with a row that matches a customer already in the book. */
export const duplicateChoices = ['merge', 'skip', 'add'] as const;
export type DuplicateChoice = (typeof duplicateChoices)[number];

/** The customer already in the book that an imported row matches, and why. */
const bookMatchSchema = z.object({
  customerId: idSchema,
  name: z.string(),
  phone: z.string().nullable(),
  reason: z.enum(['phone', 'email', 'name']),
  lastVisitAt: instantSchema.nullable(),
  tier: z.enum(tiers).nullable(),
});

const previewRowSchema = z.object({
  row: z.int(),
  name: z.string(),
  phones: z.array(z.string()),
  birthday: z.string().nullable(),
  /** The birthday as read, for the page to word in its own language (a lunar one in 简体, 繁體 or English). */
  birthdayParts: z
    .object({ calendar: z.enum(['solar', 'lunar']), year: z.int().nullable(), month: z.int(), day: z.int(), leapMonth: z.boolean() })
    .nullable(),
  tags: z.array(z.string()),
  notes: z.string().nullable(),
  problems: problemsSchema,
  match: bookMatchSchema.nullable(),
  /** The member card the row opens, balances in minor units of the book's currency; null when it opens none. */
  card: z
    .object({
      number: z.string().nullable(),
      points: z.int(),
      principal: z.int(),
      bonus: z.int(),
      punches: z.array(z.object({ kind: z.string(), count: z.int() })),
    })
    .nullable()
    .default(null),
});

export const importContract = {
  'import.preview': defineCall({
    summary:
      'Read a file to import (CSV, Excel .xlsx or vCard): the columns and what they were taken for, the first rows, every row’s problems, and the rows that match customers already in the book.',
    input: z.object({ file: importFileSchema, mapping: mappingSchema.optional() }).strict(),
    output: z.object({
      format: z.enum(['csv', 'xlsx', 'vcard']),
      headers: z.array(z.string()),
      mapping: mappingSchema,
      total: z.int(),
      rows: z.array(previewRowSchema),
      problems: z.array(z.object({ row: z.int(), problems: problemsSchema })),
      /** How many rows have problems (problems lists at most 200 of them). */
      problemRows: z.int(),
      /** Rows matching a customer already in the book (at most 200 listed; matchCount counts all). */
      matches: z.array(previewRowSchema),
      matchCount: z.int(),
      /** The book's currency, for the card balances a preview shows. */
      currency: z.string().default('CNY'),
    }),
  }),
  'import.run': defineCall({
    summary:
      'Import a file in one transaction. Rows with problems refuse the whole file unless problemRows is "skip"; rows matching a customer already in the book are merged into them, skipped or added as new, by row or for all.',
    input: z
      .object({
        file: importFileSchema,
        mapping: mappingSchema.optional(),
        duplicates: z.enum(duplicateChoices).default('merge'),
        choices: z
          .array(z.object({ row: z.int().min(1), choice: z.enum(duplicateChoices) }))
          .max(200_000)
          .default([]),
        problemRows: z.enum(['refuse', 'skip']).default('refuse'),
        dryRun: z.boolean().default(false),
      })
      .strict(),
    output: z.object({
      added: z.int(),
      merged: z.int(),
      skipped: z.int(),
      /** Member cards opened with their balances (as 'opening' movements). */
      cards: z.int().default(0),
      /** The rows left out for their problems, with their cells as read, to save and fix. */
      left: z.object({
        headers: z.array(z.string()),
        rows: z.array(z.object({ row: z.int(), cells: z.array(z.string()), problems: problemsSchema })),
      }),
    }),
  }),
  'import.archive': defineCall({
    summary:
      'Import a Shuke JSON archive from a file a person chose (the command line’s FILE, by the id the app gave it) in one transaction: customers already in the book keep their own details and gain what they lacked; nothing is doubled.',
    input: z.object({ from: z.string().trim().min(1).max(100), dryRun: z.boolean().default(false) }).strict(),
    output: archiveImportReportSchema,
  }),
  'import.progress': defineCall({
    summary: 'How far the import under way is (customers written of those in the file); running is false when none is.',
    input: z.object({}).strict(),
    output: z.object({ running: z.boolean(), done: z.int().min(0), total: z.int().min(0) }),
  }),
};
