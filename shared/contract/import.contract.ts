import { z } from 'zod';
import { importFields } from '../domain/import-columns';
import { importProblemKinds } from '../domain/import-problems';
import { defineCall } from './define-call';

const csvText = z
  .string()
  .min(1, 'the file is empty')
  .max(64 * 1024 * 1024, 'the file is larger than 64 MB');
const problemsSchema = z.array(z.object({ kind: z.enum(importProblemKinds), value: z.string() }));
const mappingSchema = z.array(z.enum(importFields).nullable()).max(200, 'at most 200 columns');

export const importContract = {
  'import.csvPreview': defineCall({
    summary: 'Read a CSV (already decoded): the columns and what they were taken for, the first rows, and every row’s problems.',
    input: z.object({ text: csvText, mapping: mappingSchema.optional() }).strict(),
    output: z.object({
      headers: z.array(z.string()),
      mapping: mappingSchema,
      total: z.int(),
      rows: z.array(
        z.object({
          row: z.int(),
          name: z.string(),
          phones: z.array(z.string()),
          birthday: z.string().nullable(),
          tags: z.array(z.string()),
          notes: z.string().nullable(),
          problems: problemsSchema,
        }),
      ),
      problems: z.array(z.object({ row: z.int(), problems: problemsSchema })),
    }),
  }),
  'import.vcard': defineCall({
    summary: 'Import the contacts of a .vcf file (vCard 2.1, 3.0 or 4.0) in one transaction; dryRun only counts them.',
    input: z.object({ text: csvText, dryRun: z.boolean().default(false) }).strict(),
    output: z.object({ customers: z.int() }),
  }),
  'import.csv': defineCall({
    summary: 'Import the customers of a CSV in one transaction; any row with a problem refuses the whole file.',
    input: z.object({ text: csvText, mapping: mappingSchema }).strict(),
    output: z.object({ customers: z.int() }),
  }),
  'import.progress': defineCall({
    summary: 'How far the import under way is (customers written of those in the file); running is false when none is.',
    input: z.object({}).strict(),
    output: z.object({ running: z.boolean(), done: z.int().min(0), total: z.int().min(0) }),
  }),
};
