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
  /** The user name given at joining (never the password); null when none was given. */
  username: z.string().nullable(),
  /** A plain-HTTP hub on this machine or the shop's own network: allowed, and said on the page. */
  plainHttp: z.boolean(),
  /** The hub refused this counter's login: it wants the password (none is held, or the one held was refused). */
  needsPassword: z.boolean(),
  /**
   * How this counter keeps the hub's password: 'sealed' by this device's keyring in the book's own
   * sync state (never replicated), so syncing resumes after a restart; 'thisRun' in memory only
   * (no keyring here), asked again after a restart; 'none' when it holds none.
   */
  passwordKept: z.enum(['sealed', 'thisRun', 'none']),
  /** This device has a real keyring to seal the password with: not browser mode, nor Linux without one. */
  canKeepPassword: z.boolean(),
  /** The password kept sealed here no longer opens (another user of this computer, a reset keyring): asked again. */
  passwordUnreadable: z.boolean(),
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
      "Replicate this book with a CouchDB hub (its database's address, e.g. https://nas.local:6984/shop), naming this counter. Nothing here is deleted: the book's documents are offered to the hub and the hub's merged in. HTTPS is required unless the hub is on this machine or the shop's own network. The password is kept sealed by this computer's keyring where it has one (else for this run only). A book that syncs with another hub moves to this one only with replaceHub: it stops syncing with the old hub, keeps everything, and is offered to the new one.",
    input: z
      .object({
        hub: hubSchema,
        deviceName: z.string().trim().min(1, vk('syncDeviceNameNeeded')).max(60),
        username: z.string().trim().max(200).optional(),
        password: z.string().max(500).optional(),
        /** The person confirmed leaving the hub this book syncs with now for this one. */
        replaceHub: z.boolean().optional(),
      })
      .strict(),
    output: syncStatusSchema,
  }),
  'sync.password': defineCall({
    summary:
      "Give the hub's password again: after a restart on a computer without a keyring (where it is held for the run only), or when the hub refused the one held. A refused password is not kept.",
    input: z.object({ password: z.string().min(1).max(500) }).strict(),
    output: syncStatusSchema,
  }),
  'sync.now': defineCall({
    summary: 'Replicate now: send what waits, fetch what the hub holds, apply it, then check the book against the hub.',
    input: z.object({}).strict(),
    output: syncStatusSchema,
  }),
  'sync.leave': defineCall({
    summary:
      'Stop replicating with the hub. The book keeps everything it holds; the hub keeps its copy; the password kept for it is forgotten.',
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
