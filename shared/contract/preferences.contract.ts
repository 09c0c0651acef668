import { z } from 'zod';
import { preferenceCategories, preferencePolarities } from '../domain/entry-kinds';
import { defineCall } from './define-call';
import { idSchema, instantSchema } from './common';

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
        polarity: z.enum(preferencePolarities, { error: 'polarity must be like, dislike or fact' }),
        category: z.enum(preferenceCategories, { error: `category must be one of ${preferenceCategories.join(', ')}` }).default('other'),
        value: z.string().trim().min(1, 'say what they like or dislike').max(200, 'value is longer than 200 characters'),
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
