import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { wrappedKeySchema } from './key-wrap';

/**
 * The small file beside a protected book (and beside each backup made while it was protected):
 * its key wrapped by the passcode and by the recovery code, and what must be readable while the
 * book is locked (how it locks itself, the wrong tries so far). It holds nothing about customers.
 */
export const keysFileSchema = z
  .object({
    version: z.literal(1),
    /** Names the book in this computer's keyring, and binds each wrapped key to it. */
    bookId: z.uuid(),
    cipher: z.literal('chacha20'),
    passcode: wrappedKeySchema,
    recovery: wrappedKeySchema,
    idleMinutes: z.int().min(0).max(240),
    autoUnlock: z.boolean(),
    failedAttempts: z.int().min(0),
    retryAt: z.iso.datetime({ offset: true }).nullable(),
  })
  .strict();
export type KeysFile = z.infer<typeof keysFileSchema>;

export function keysFileOf(bookFile: string): string {
  return `${bookFile}.keys.json`;
}

/** What a wrapped key is bound to (AES-GCM's additional data): a key cut from one sidecar does not open another's slot. */
export function wrapLabel(bookId: string, slot: 'passcode' | 'recovery'): string {
  return `shuke-book-key:${bookId}:${slot}`;
}

export function readKeysFile(file: string): KeysFile | null {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  return keysFileSchema.parse(JSON.parse(text));
}

/** Makes a rename or removal in `dir` durable (POSIX; Windows cannot open a folder and flushes renames itself). */
export function syncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Not possible on this system: the rename is as durable as it gets here.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Writes a file whole or not at all: a temporary file, flushed to disk, renamed over the old one. */
export function writeFileAtomically(file: string, text: string | Buffer): void {
  const temp = `${file}.${process.pid}.tmp`;
  const fd = fs.openSync(temp, 'w');
  try {
    fs.writeSync(fd, typeof text === 'string' ? Buffer.from(text, 'utf8') : text);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temp, file);
  syncDir(path.dirname(file));
}

export function writeKeysFile(file: string, keys: KeysFile): void {
  writeFileAtomically(file, `${JSON.stringify(keysFileSchema.parse(keys), null, 2)}\n`);
}

/** What travels with a backup: the wrapped keys only; the wrong tries, the idle setting and "unlock automatically" belong to this computer's book. */
export function keysForBackup(keys: KeysFile): KeysFile {
  return { ...keys, autoUnlock: false, failedAttempts: 0, retryAt: null };
}
