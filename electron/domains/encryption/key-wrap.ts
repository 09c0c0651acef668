import crypto from 'node:crypto';
import { promisify } from 'node:util';
import { z } from 'zod';

const scrypt = promisify(crypto.scrypt) as (
  password: crypto.BinaryLike,
  salt: crypto.BinaryLike,
  keylen: number,
  options: crypto.ScryptOptions,
) => Promise<Buffer>;

/** scrypt's cost, kept beside each wrapped key so that a stronger default never strands an old sidecar. */
export const kdfSchema = z.object({ N: z.int().min(2), r: z.int().min(1), p: z.int().min(1) }).strict();
export type KdfCost = z.infer<typeof kdfSchema>;

/**
 * For a passcode a person types: 64 MiB and about 0.3–0.5 s per try on a shop laptop, so every
 * guess costs an attacker who copied the files as much as it costs the owner once.
 */
export const passcodeCost: KdfCost = { N: 2 ** 16, r: 8, p: 1 };
/** A recovery code carries 160 random bits: guessing it is hopeless whatever the cost, so unlocking with it stays quick. */
export const recoveryCost: KdfCost = { N: 2 ** 14, r: 8, p: 1 };

export const wrappedKeySchema = z
  .object({
    kdf: z.literal('scrypt'),
    cost: kdfSchema,
    salt: z.base64(),
    iv: z.base64(),
    tag: z.base64(),
    data: z.base64(),
  })
  .strict();
export type WrappedKey = z.infer<typeof wrappedKeySchema>;

export const BOOK_KEY_BYTES = 32;

async function derive(secret: string, salt: Buffer, cost: KdfCost): Promise<Buffer> {
  // scrypt needs 128·N·r bytes; Node refuses more than 32 MiB unless told.
  return scrypt(secret.normalize('NFC'), salt, 32, { ...cost, maxmem: 256 * cost.N * cost.r });
}

/** The book's key sealed (AES-256-GCM) under a key derived from `secret`; `label` binds it to its book and use. */
export async function wrapKey(key: Buffer, secret: string, cost: KdfCost, label: string): Promise<WrappedKey> {
  const salt = crypto.randomBytes(16);
  const iv = crypto.randomBytes(12);
  const wrapping = await derive(secret, salt, cost);
  const cipher = crypto.createCipheriv('aes-256-gcm', wrapping, iv);
  cipher.setAAD(Buffer.from(label, 'utf8'));
  const data = Buffer.concat([cipher.update(key), cipher.final()]);
  wrapping.fill(0);
  return {
    kdf: 'scrypt',
    cost,
    salt: salt.toString('base64'),
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    data: data.toString('base64'),
  };
}

/** The book's key, or null when `secret` is not the one it was wrapped with (GCM's tag does not match). */
export async function unwrapKey(wrapped: WrappedKey, secret: string, label: string): Promise<Buffer | null> {
  const wrapping = await derive(secret, Buffer.from(wrapped.salt, 'base64'), wrapped.cost);
  try {
    const decipher = crypto.createDecipheriv('aes-256-gcm', wrapping, Buffer.from(wrapped.iv, 'base64'));
    decipher.setAAD(Buffer.from(label, 'utf8'));
    decipher.setAuthTag(Buffer.from(wrapped.tag, 'base64'));
    const key = Buffer.concat([decipher.update(Buffer.from(wrapped.data, 'base64')), decipher.final()]);
    return key.length === BOOK_KEY_BYTES ? key : null;
  } catch {
    return null;
  } finally {
    wrapping.fill(0);
  }
}

export function newBookKey(): Buffer {
  return crypto.randomBytes(BOOK_KEY_BYTES);
}
