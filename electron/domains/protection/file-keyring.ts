import fs from 'node:fs';
import path from 'node:path';
import type { Keyring } from './keyring';
import { writeFileAtomically } from '../encryption/keys-file';

/** What seals a key with the operating system's keyring (Electron's safeStorage in the app). */
export interface Sealer {
  available(): boolean;
  seal(text: string): Buffer;
  open(sealed: Buffer): string;
}

/**
 * Whether Electron's safeStorage is backed by a real keyring: macOS Keychain and Windows DPAPI
 * whenever encryption is available; on Linux only libsecret or KWallet, never 'basic_text' (a
 * key hard-coded in Chromium, which hides nothing from someone who copies the file).
 */
export function realKeyring(platform: NodeJS.Platform, encryptionAvailable: boolean, linuxBackend: string): boolean {
  if (!encryptionAvailable) return false;
  if (platform !== 'linux') return true;
  return linuxBackend === 'gnome_libsecret' || linuxBackend.startsWith('kwallet');
}

/**
 * A keyring that keeps each book's key sealed by `sealer` in a small file in `dir` (this computer's
 * data folder; never beside a backup). The sealed file opens only for this user on this computer.
 */
export function fileKeyring(dir: string, sealer: Sealer): Keyring {
  const fileOf = (bookId: string) => path.join(dir, `shuke-keyring-${bookId.replace(/[^0-9a-f-]/gi, '')}.bin`);
  return {
    available: () => sealer.available(),
    store(bookId, key) {
      fs.mkdirSync(dir, { recursive: true });
      writeFileAtomically(fileOf(bookId), sealer.seal(key.toString('hex')));
    },
    load(bookId) {
      if (!sealer.available()) return null;
      try {
        const key = Buffer.from(sealer.open(fs.readFileSync(fileOf(bookId))), 'hex');
        return key.length === 32 ? key : null;
      } catch {
        return null;
      }
    },
    forget(bookId) {
      fs.rmSync(fileOf(bookId), { force: true });
    },
  };
}
