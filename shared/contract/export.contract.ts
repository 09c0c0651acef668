import { z } from 'zod';
import { exportFormats } from '../domain/export-formats';
import { defineCall } from './define-call';

export const exportContract = {
  'export.write': defineCall({
    summary:
      'Write the book as one export format (the JSON archive, customers or purchases for Excel/WPS, vCards, card ledgers) into a new file a person chose to save it as (the desktop’s save dialog, the command line’s --out, browser mode’s download), by the id the app gave that file; an existing file is never overwritten. Headers in lang, else the book’s language.',
    input: z
      .object({
        format: z.enum(exportFormats),
        to: z.string().trim().min(1).max(100),
        lang: z.enum(['zh-CN', 'zh-TW', 'en']).optional(),
      })
      .strict(),
    output: z.object({ file: z.string(), customers: z.int() }),
  }),
};
