import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import type { DocumentBody } from './document-rows.repository';

/** A document as the PouchDB copy and the hub hold it: in the clear, or sealed. */
export interface StoredDocument {
  kind?: string;
  rows?: DocumentBody['rows'];
  stamps?: DocumentBody['stamps'];
  /** A protected book's document: nonce, ciphertext and tag, base64, of its id and body. */
  sealed?: string;
}

/**
 * How documents leave the book. A book that is not protected sends them as they are; a protected
 * one seals each before it reaches the PouchDB copy, so the copy on disk and every hub hold only
 * ciphertext: the id is an HMAC of the document's id (the hub cannot tell a customer from an entry
 * or count a customer's entries), the body AES-256-GCM with the id as associated data (a hub that
 * swaps two documents' bodies is caught). Both keys are derived from the book's key, which never
 * leaves the device: every counter of a protected book must open it with the same key.
 */
export interface DocumentCipher {
  idOf(docId: string): string;
  seal(docId: string, body: DocumentBody | null): StoredDocument;
  /** The document's own id and body from what the copy holds; null for what this cipher cannot read. */
  open(storedId: string, stored: StoredDocument, deleted: boolean): { docId: string; body: DocumentBody | null } | null;
}

export const plainCipher: DocumentCipher = {
  idOf: (docId) => docId,
  seal: (_docId, body) =>
    body === null
      ? {}
      : body.stamps === undefined
        ? { kind: body.kind, rows: body.rows }
        : { kind: body.kind, rows: body.rows, stamps: body.stamps },
  open: (storedId, stored, deleted) =>
    deleted || stored.kind === undefined || stored.rows === undefined
      ? { docId: storedId, body: null }
      : {
          docId: storedId,
          body:
            stored.stamps === undefined
              ? { kind: stored.kind, rows: stored.rows }
              : { kind: stored.kind, rows: stored.rows, stamps: stored.stamps },
        },
};

const derive = (key: Buffer, purpose: string) => Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), `shuke sync ${purpose}`, 32));

/** The cipher of a protected book, from its 32-byte key. */
export function sealedCipher(bookKey: Buffer): DocumentCipher {
  const idKey = derive(bookKey, 'document ids');
  const bodyKey = derive(bookKey, 'document bodies');
  const idOf = (docId: string) => `s/${createHmac('sha256', idKey).update(docId).digest('base64url')}`;
  return {
    idOf,
    seal(docId, body) {
      const nonce = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', bodyKey, nonce);
      cipher.setAAD(Buffer.from(idOf(docId)));
      const text = Buffer.concat([cipher.update(JSON.stringify({ id: docId, body })), cipher.final()]);
      return { sealed: Buffer.concat([nonce, text, cipher.getAuthTag()]).toString('base64') };
    },
    open(storedId, stored) {
      if (stored.sealed === undefined) return null;
      const bytes = Buffer.from(stored.sealed, 'base64');
      if (bytes.length < 28) return null;
      try {
        const decipher = createDecipheriv('aes-256-gcm', bodyKey, bytes.subarray(0, 12));
        decipher.setAAD(Buffer.from(storedId));
        decipher.setAuthTag(bytes.subarray(bytes.length - 16));
        const text = Buffer.concat([decipher.update(bytes.subarray(12, bytes.length - 16)), decipher.final()]).toString('utf8');
        const opened = JSON.parse(text) as { id: string; body: DocumentBody | null };
        return idOf(opened.id) === storedId ? { docId: opened.id, body: opened.body } : null;
      } catch {
        return null;
      }
    },
  };
}
