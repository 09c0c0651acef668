import { z } from 'zod';
import { defineCall } from './define-call';
import { vk } from './validation';

/**
 * A passcode the owner types at the counter: long enough that guessing it through the growing
 * delay would take years, short enough to type. Never trimmed: a space is part of it.
 */
export const passcodeSchema = z.string().min(6, vk('passcodeTooShort')).max(128);

/**
 * What unlocks the book: its passcode or its recovery code. The recovery code is read back from
 * paper, so its case, spaces and dashes do not matter (the server normalises it).
 */
const secretSchema = z.string().min(1, vk('passcodeNeeded')).max(256);

export const protectionStatusSchema = z.object({
  /** The book is encrypted at rest and needs its passcode or recovery code to open. */
  protected: z.boolean(),
  /** No key is held: every call but these protection calls is refused until an unlock. */
  locked: z.boolean(),
  /** Minutes without a keystroke or click before the book locks itself; 0 never. */
  idleMinutes: z.int().min(0).max(240),
  /** This computer has a real OS keyring (not Electron's basic_text), so "unlock automatically" can be offered. */
  keyringAvailable: z.boolean(),
  /** The book's key is also kept in this computer's keyring and it opens without the passcode here. */
  autoUnlock: z.boolean(),
  /** Wrong passcodes in a row since the last unlock. */
  failedAttempts: z.int().min(0),
  /** When the next try is accepted (after a wrong passcode the wait grows); null: now. */
  retryAt: z.iso.datetime({ offset: true }).nullable(),
});

export type ProtectionStatus = z.infer<typeof protectionStatusSchema>;

export const protectionContract = {
  'protection.status': defineCall({
    summary: 'Whether the book is protected by a passcode, whether it is locked now, and how it locks itself. Answers while locked.',
    input: z.object({}).strict(),
    output: protectionStatusSchema,
  }),
  'protection.enable': defineCall({
    summary:
      'Encrypt the book in place with a new random key, kept only wrapped by the passcode and by a recovery code answered once here for the owner to write down. Needs the owner to have confirmed that without both the book cannot be opened by anyone.',
    input: z
      .object({
        passcode: passcodeSchema,
        /** The owner has read that a lost passcode and recovery code mean a lost book, and has written the code down. */
        understood: z.literal(true, vk('protectionNotUnderstood')),
      })
      .strict(),
    output: z.object({ recoveryCode: z.string(), status: protectionStatusSchema }),
  }),
  'protection.disable': defineCall({
    summary: 'Decrypt the book in place and forget its key; backups made while protected stay encrypted.',
    input: z.object({ secret: secretSchema }).strict(),
    output: protectionStatusSchema,
  }),
  'protection.changePasscode': defineCall({
    summary:
      'Wrap the book’s key with a new passcode (the book itself is not rewritten). The old passcode or the recovery code proves the owner.',
    input: z.object({ secret: secretSchema, passcode: passcodeSchema }).strict(),
    output: protectionStatusSchema,
  }),
  'protection.newRecoveryCode': defineCall({
    summary: 'Replace the recovery code (the old one stops working) and answer the new one once.',
    input: z.object({ secret: secretSchema }).strict(),
    output: z.object({ recoveryCode: z.string(), status: protectionStatusSchema }),
  }),
  'protection.unlock': defineCall({
    summary:
      'Open the locked book with its passcode or recovery code. A wrong one is refused with the count so far and a wait that grows with each try.',
    input: z.object({ secret: secretSchema }).strict(),
    output: protectionStatusSchema,
  }),
  'protection.lock': defineCall({
    summary: 'Lock the book now: every connection (app and workers) is closed and the key forgotten, until an unlock.',
    input: z.object({}).strict(),
    output: protectionStatusSchema,
  }),
  'protection.setOptions': defineCall({
    summary:
      'How the book locks itself (idle minutes, 0 never) and whether it unlocks automatically on this computer (only where a real OS keyring exists).',
    input: z
      .object({
        idleMinutes: z.int().min(0).max(240).optional(),
        autoUnlock: z.boolean().optional(),
      })
      .strict(),
    output: protectionStatusSchema,
  }),
};
