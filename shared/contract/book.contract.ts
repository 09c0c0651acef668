import { z } from 'zod';
import { defineCall } from './define-call';

/** Which book is open: the owner's own, or the made-up sample kept apart from it to look around in. */
export const bookKindSchema = z.enum(['real', 'sample']);
export type BookKind = z.infer<typeof bookKindSchema>;

const bookStatusSchema = z.object({
  kind: bookKindSchema,
  /** Whether a sample book can be opened here (not for a book in memory). */
  sampleAvailable: z.boolean(),
});

export const bookContract = {
  'book.status': defineCall({
    summary: 'Which book is open, the real one or the sample, and whether a sample can be opened here.',
    input: z.object({}).strict(),
    output: bookStatusSchema,
  }),
  'book.openSample': defineCall({
    summary:
      'Put the real book aside and open a freshly made sample book (a few hundred made-up customers, in its own file in sample/), to look around in; it is never backed up. Other calls wait, then use it.',
    input: z.object({}).strict(),
    output: bookStatusSchema.extend({ customers: z.int() }),
  }),
  'book.openReal': defineCall({
    summary: 'Close the sample book and open the real one again, as it was left; nothing from the sample goes into it.',
    input: z.object({}).strict(),
    output: bookStatusSchema,
  }),
};
