import { z } from 'zod';
import { preferenceCategories, preferencePolarities } from '../domain/entry-kinds';
import { defineCall } from './define-call';
import { idSchema, instantSchema } from './common';
import { vk } from './validation';

export const preferenceSchema = z.object({
  id: idSchema,
  customerId: idSchema,
  polarity: z.enum(preferencePolarities),
  category: z.enum(preferenceCategories),
  value: z.string(),
  createdAt: instantSchema,
  updatedAt: instantSchema,
});

export type Preference = z.infer<typeof preferenceSchema>;

export const preferencesContract = {
  'preferences.set': defineCall({
    summary: 'Add a like, dislike or fact about a customer, or change one when id is given.',
    input: z
      .object({
        id: idSchema.optional(),
        customerId: idSchema,
        polarity: z.enum(preferencePolarities),
        category: z.enum(preferenceCategories).default('other'),
        value: z.string().trim().min(1, vk('preferenceEmpty')).max(200),
      })
      .strict(),
    output: preferenceSchema,
  }),
  'preferences.remove': defineCall({
    summary: 'Forget one like, dislike or fact.',
    input: z.object({ id: idSchema }).strict(),
    output: z.object({ id: idSchema }),
  }),
  'preferences.list': defineCall({
    summary: 'Everything known about what a customer likes and dislikes.',
    input: z.object({ customerId: idSchema }).strict(),
    output: z.object({ items: z.array(preferenceSchema) }),
  }),
};
