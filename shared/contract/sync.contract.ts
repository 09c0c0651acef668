import { z } from 'zod';
import { defineCall } from './define-call';
import { idSchema, instantSchema } from './common';
import { vk } from './validation';
import { errorCodes } from '../domain/result';

export const syncStatusSchema = z.object({
  /** This book replicates with a hub. */
  joined: z.boolean(),
  /** The hub's address without its password; null when not joined. */
  hub: z.string().nullable(),
  deviceName: z.string().nullable(),
  /** A plain-HTTP hub on this machine or the shop's own network: allowed, and said on the page. */
  plainHttp: z.boolean(),
  /** The hub asked for a password this run of the app does not hold (passwords are never written to disk). */
  needsPassword: z.boolean(),
  lastSyncedAt: instantSchema.nullable(),
  /** Documents written here and not yet sent. */
  waiting: z.int(),
  openConflicts: z.int(),
  /** Checked against the hub after the last round: true only when verified; null when never checked. */
  inSync: z.boolean().nullable(),
  /** Documents whose newest version differed from the hub's at the last check. */
  differing: z.int(),
  running: z.boolean(),
  /**
   * The last round's failure, null when it went well: shaped as a refused call's error, so the page
   * words it in its own language by key (the English message is for logs).
   */
  lastError: z
    .object({
      code: z.enum(errorCodes),
      message: z.string(),
      key: z.string().optional(),
      params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
    })
    .nullable(),
});

export const syncConflictSchema = z.object({
  id: z.string(),
  kind: z.enum(['customer', 'entry', 'other']),
  customerId: z.string().nullable(),
  /** Who it is about, as the book names them now. */
  customerName: z.string().nullable(),
  /** The other counter deleted what this book kept. */
  otherDeleted: z.boolean(),
  /** Each field the two versions disagree on: the value every counter kept, and the other counter's. */
  fields: z.array(z.object({ field: z.string(), kept: z.string().nullable(), other: z.string().nullable() })),
});

const hubSchema = z
  .string()
  .trim()
  .min(1, vk('syncHubNeeded'))
  .max(500)
  .refine((text) => {
    try {
      const url = new URL(text);
      return (url.protocol === 'http:' || url.protocol === 'https:') && url.pathname.length > 1;
    } catch {
      return false;
    }
  }, vk('syncHubNotUrl'));

export const syncContract = {
  'sync.status': defineCall({
    summary:
      'Whether this book replicates with a hub, when it last did, what waits to be sent, open conflicts, and whether the last check found it the same as the hub.',
    input: z.object({}).strict(),
    output: syncStatusSchema,
  }),
  'sync.join': defineCall({
    summary:
      "Replicate this book with a CouchDB hub (its database's address, e.g. https://nas.local:6984/shop), naming this counter. Nothing here is deleted: the book's documents are offered to the hub and the hub's merged in. HTTPS is required unless the hub is on this machine or the shop's own network. The password is held for this run only, never written.",
    input: z
      .object({
        hub: hubSchema,
        deviceName: z.string().trim().min(1, vk('syncDeviceNameNeeded')).max(60),
        username: z.string().trim().max(200).optional(),
        password: z.string().max(500).optional(),
      })
      .strict(),
    output: syncStatusSchema,
  }),
  'sync.password': defineCall({
    summary: "Give the hub's password again after the app restarted (it is never written to disk).",
    input: z.object({ password: z.string().min(1).max(500) }).strict(),
    output: syncStatusSchema,
  }),
  'sync.now': defineCall({
    summary: 'Replicate now: send what waits, fetch what the hub holds, apply it, then check the book against the hub.',
    input: z.object({}).strict(),
    output: syncStatusSchema,
  }),
  'sync.leave': defineCall({
    summary: 'Stop replicating with the hub. The book keeps everything it holds; the hub keeps its copy.',
    input: z.object({}).strict(),
    output: syncStatusSchema,
  }),
  'sync.conflicts': defineCall({
    summary:
      'What two counters wrote to the same customer or entry before either saw the other: the version kept, and the other, field by field.',
    input: z.object({}).strict(),
    output: z.object({ items: z.array(syncConflictSchema) }),
  }),
  'sync.changesOf': defineCall({
    summary:
      "What another counter wrote about this customer that lost to a newer change (and any other open conflict about them), shown on the customer's page to take back.",
    input: z.object({ customerId: idSchema }).strict(),
    output: z.object({ items: z.array(syncConflictSchema) }),
  }),
  'sync.settle': defineCall({
    summary: "Settle a conflict: keep the version every counter kept, or take the other counter's; settling replicates to every counter.",
    input: z.object({ id: z.string().min(1).max(400), choice: z.enum(['kept', 'took_other']) }).strict(),
    output: z.object({ items: z.array(syncConflictSchema) }),
  }),
};
