import { safeStorage } from 'electron';
import { fileKeyring, realKeyring } from '../domains/protection/file-keyring';
import type { Keyring } from '../domains/protection/keyring';

/** "Unlock automatically on this computer": the book's key sealed by Electron's safeStorage in `dir`. */
export function safeStorageKeyring(dir: string): Keyring {
  return fileKeyring(dir, {
    available: () =>
      realKeyring(
        process.platform,
        safeStorage.isEncryptionAvailable(),
        process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : '',
      ),
    seal: (text) => safeStorage.encryptString(text),
    open: (sealed) => safeStorage.decryptString(sealed),
  });
}
