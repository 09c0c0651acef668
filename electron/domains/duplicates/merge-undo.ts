import { z } from 'zod';
import { archiveCustomerSchema } from '../../../shared/contract/archive.schema';
import { mergeFillFields } from '../../../shared/contract/duplicates.contract';
import { cardMergeUndoSchema } from '../cards/card-merge.service';

/** The survivor's columns a merge may change; undoing puts back each one the merge set and nobody changed since. */
export const mergedColumns = [...mergeFillFields, 'tier_override_reason', 'responsible'] as const;

export type MergedColumn = (typeof mergedColumns)[number];

const change = z.object({ column: z.enum(mergedColumns), before: z.string().nullable(), after: z.string().nullable() });
export type ColumnChange = z.infer<typeof change>;

/**
 * What undoing the last merge needs, kept as JSON beside it: the customer merged away in full (as
 * the JSON archive writes a customer), what the merge changed on the survivor, which rows moved
 * or were folded, and the diary line it wrote.
 */
export const mergeUndoSchema = z.object({
  other: archiveCustomerSchema,
  changes: z.array(change),
  /** Phone digits and tags the survivor got from the other only. */
  phonesFromOther: z.array(z.string()),
  tagsFromOther: z.array(z.string()),
  moved: z.object({
    entries: z.array(z.string()),
    preferences: z.array(z.string()),
    people: z.array(z.string()),
    dates: z.array(z.object({ id: z.string(), person_id: z.string().nullable() })),
    referrals: z.array(z.string()),
    linkedToOther: z.array(z.string()),
    selfLinks: z.array(z.object({ id: z.string(), linked: z.string() })),
    keptApart: z.array(z.object({ with: z.string(), created_at: z.string() })),
    careMarks: z.array(z.string()).optional(),
    greetings: z.array(z.string()).optional(),
    marketing: z.object({ survivor: z.int().nullable(), other: z.int().nullable() }).optional(),
  }),
  folds: z.object({
    people: z.array(z.object({ id: z.string(), into: z.string() })),
    dates: z.array(z.object({ id: z.string(), into: z.string(), fillYear: z.int().nullable() })),
    preferences: z.array(z.object({ id: z.string(), into: z.string() })),
  }),
  /** Kept-apart partners the survivor gained from the other. */
  addedPairs: z.array(z.string()),
  recordEntryId: z.string(),
  /** The other's member card merged into the survivor's (absent when they had none, and in records from before). */
  card: cardMergeUndoSchema.optional(),
});

export type MergeUndo = z.infer<typeof mergeUndoSchema>;
