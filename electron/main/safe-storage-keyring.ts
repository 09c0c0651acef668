import { safeStorage } from 'electron';
import { fileKeyring, realKeyring, type Sealer } from '../domains/protection/file-keyring';
import type { Keyring } from '../domains/protection/keyring';

/**
 * Electron's safeStorage as a sealer: available only over a real keyring (never Linux's
 * 'basic_text', which hides nothing); it seals the book's key and the hub's password.
 */
export function safeStorageSealer(): Sealer {
  return {
    available: () =>
      realKeyring(
        process.platform,
        safeStorage.isEncryptionAvailable(),
        process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : '',
      ),
    seal: (text) => safeStorage.encryptString(text),
    open: (sealed) => safeStorage.decryptString(sealed),
  };
}

/** "Unlock automatically on this computer": the book's key sealed by Electron's safeStorage in `dir`. */
export function safeStorageKeyring(dir: string, sealer: Sealer = safeStorageSealer()): Keyring {
  return fileKeyring(dir, sealer);
}
