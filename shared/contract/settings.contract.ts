import { z } from 'zod';
import { defineCall } from './define-call';
import { currencySchema } from './common';

export const settingsSchema = z.object({
  currency: currencySchema,
});

export type Settings = z.infer<typeof settingsSchema>;

export const settingsContract = {
  'settings.get': defineCall({
    summary: 'The book’s settings, such as its default currency.',
    input: z.object({}).strict(),
    output: settingsSchema,
  }),
  'settings.update': defineCall({
    summary: 'Change the book’s settings.',
    input: settingsSchema.partial().strict(),
    output: settingsSchema,
  }),
};
