import { z } from 'zod';
import { defineCall } from './define-call';
import { idSchema } from './common';
import { vk } from './validation';
import { customerSummarySchema } from './customers.contract';

/** Customer fields a merge may fill on the survivor from the other customer. */
export const mergeFillFields = ['name', 'address_as', 'gender', 'email', 'address', 'company', 'title', 'about'] as const;

const mergePlanSchema = z.object({
  survivor: customerSummarySchema,
  other: customerSummarySchema,
  moves: z.object({ entries: z.int(), preferences: z.int(), dates: z.int(), people: z.int() }),
  /** Survivor fields that are empty and will be filled from the other customer. */
  fills: z.array(z.enum(mergeFillFields)),
  phones: z.array(z.string()),
  tags: z.array(z.string()),
});

export const duplicatesContract = {
  'duplicates.find': defineCall({
    summary: 'Likely duplicate customers: the same phone, the same email, or the same name with a phone ending the same.',
    input: z.object({ limit: z.int().min(1).max(500).default(100) }).strict(),
    output: z.object({
      groups: z.array(z.object({ reason: z.enum(['phone', 'email', 'name']), key: z.string(), customers: z.array(customerSummarySchema) })),
    }),
  }),
  'customers.merge': defineCall({
    summary:
      'Merge one customer into another: entries, purchases, likes, dates and people move over; dryRun shows the plan without changing anything.',
    input: z.object({ survivorId: idSchema, otherId: idSchema, dryRun: z.boolean().default(true) }).strict(),
    output: mergePlanSchema,
  }),
  'duplicates.keepApart': defineCall({
    summary: 'Remember that these customers are different people (two 张三 are common), so they are not proposed as duplicates again.',
    input: z.object({ customerIds: z.array(idSchema).min(2, vk('duplicatesNeedTwo')).max(20) }).strict(),
    output: z.object({ pairs: z.int() }),
  }),
};
