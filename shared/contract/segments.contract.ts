import { z } from 'zod';
import { idSchema } from './common';
import { listFilterSchema, listSorts } from './customers.contract';
import { defineCall } from './define-call';
import { vk } from './validation';

export const segmentSchema = z.object({
  id: idSchema,
  name: z.string(),
  filter: listFilterSchema,
  sort: z.enum(listSorts),
});

export type Segment = z.infer<typeof segmentSchema>;

export const segmentsContract = {
  'segments.list': defineCall({
    summary: 'The saved customer-list filters, by name.',
    input: z.object({}).strict(),
    output: z.object({ items: z.array(segmentSchema) }),
  }),
  'segments.save': defineCall({
    summary: 'Save the customer list’s filter and order under a name; saving under a name that exists replaces it.',
    input: z
      .object({
        name: z.string().trim().min(1, vk('segmentNeedsName')).max(60),
        filter: listFilterSchema,
        sort: z.enum(listSorts).default('recent'),
      })
      .strict(),
    output: segmentSchema,
  }),
  'segments.delete': defineCall({
    summary: 'Forget a saved segment (the customers in it are not touched).',
    input: z.object({ id: idSchema }).strict(),
    output: z.object({ id: idSchema }),
  }),
};
