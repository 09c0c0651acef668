/**
 * Where "unlock automatically on this computer" keeps a book's raw key: the operating system's
 * keyring (macOS Keychain, Windows DPAPI, libsecret or KWallet on Linux) through Electron's
 * safeStorage. Browser mode and the command line have none; tests use a fake.
 */
export interface Keyring {
  /** A real keyring is there (never Electron's basic_text fallback, which only obscures). */
  available(): boolean;
  store(bookId: string, key: Buffer): void;
  /** The key kept for this book, or null when none is kept (or it cannot be read here any more). */
  load(bookId: string): Buffer | null;
  forget(bookId: string): void;
}

export const noKeyring: Keyring = {
  available: () => false,
  store: () => {
    throw new Error('There is no keyring here.');
  },
  load: () => null,
  forget: () => undefined,
};
