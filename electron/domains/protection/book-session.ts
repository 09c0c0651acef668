import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../api/app-error';
import { BookOpenError } from '../../db/book-errors';
import { forgetKey } from '../../db/book-key';
import type { Db } from '../../db/database';
import { openBook, type Book } from '../../db/open-book';
import { allowWorkers, stopWorkers } from '../../workers/first-answer';
import { backupsSettled } from '../backup/backup.service';
import { prepareBook } from '../maintenance/book-maintenance.service';
import type { Progress } from '../search/search-index.service';
import { valuesPassSettled } from '../value/values-pass';
import { isEncryptedFile } from '../encryption/book-file-copy';
import { passcodeCost, recoveryCost, type KdfCost } from '../encryption/key-wrap';
import { noKeyring, type Keyring } from './keyring';
import { keysFileOf, keysForBackup, readKeysFile, syncDir, writeKeysFile, type KeysFile } from '../encryption/keys-file';
import { errorText } from '../../../shared/error-text';
import { bookHoldsReleased } from '../../db/book-holds';

export interface BookSessionOptions {
  file: string;
  nativeBinding?: string;
  keyring?: Keyring;
  onProgress?: Progress;
  /**
   * Told each time the book has opened (start, unlock, a restore, protection switched): the
   * checks a newly opened book gets beside the counter, not before it (start-book.ts).
   */
  afterOpen?: () => void;
  /** scrypt's cost for a new passcode and recovery code (tests make it cheap). */
  cost?: { passcode: KdfCost; recovery: KdfCost };
}

/** The new book beside the old while protection is switched on or off; renamed over it once whole. */
export function switchingFileOf(file: string): string {
  return `${file}.switching`;
}

/**
 * Finishes or rolls back a switch that a crash (or kill -9) interrupted, before the book is opened.
 * The book file's own first bytes say whether it is encrypted; the rename is the one moment the
 * switch happens. So: a new book still beside the old was never swapped in (dropped, the old book
 * stands); a plain book with a key file beside it means an encryption that never got its rename,
 * or a decryption that did and had not yet removed the key file (dropped either way). An encrypted
 * book always has its key file, which is written before the rename.
 */
export function settleSwitch(file: string): void {
  fs.rmSync(switchingFileOf(file), { force: true });
  const keys = keysFileOf(file);
  if (!isEncryptedFile(file)) {
    if (fs.existsSync(keys)) {
      fs.rmSync(keys, { force: true });
      syncDir(path.dirname(file));
    }
    return;
  }
  if (!fs.existsSync(keys)) {
    throw new BookOpenError(
      'NOT_A_BOOK',
      `${file} is protected, but its key file ${keys} is missing. Put that file back (from where the book was copied, or beside a backup) to open it with the passcode or the recovery code.`,
    );
  }
}

/**
 * The book a process keeps: opened with its key when protected, or not open at all while locked.
 * The lock is the absence of the key and the connection, not a flag: locked, `db()` refuses.
 */
export class BookSession {
  private book: Book | null = null;
  private keys: KeysFile | null = null;
  private key: Buffer | null = null;
  /** When the last call arrived (the idle lock counts from it). */
  lastCallAt = Date.now();
  readonly keyring: Keyring;
  readonly cost: { passcode: KdfCost; recovery: KdfCost };

  constructor(readonly options: BookSessionOptions) {
    this.keyring = options.keyring ?? noKeyring;
    this.cost = options.cost ?? { passcode: passcodeCost, recovery: recoveryCost };
  }

  get file(): string {
    return this.options.file;
  }

  /** Settles any interrupted switch, then opens a plain book, or a protected one whose key this computer's keyring keeps; else it stays locked. */
  async start(): Promise<void> {
    settleSwitch(this.file);
    this.keys = readKeysFile(keysFileOf(this.file));
    if (this.keys === null) {
      await this.open(null);
      return;
    }
    if (!this.keys.autoUnlock || !this.keyring.available()) return;
    const kept = this.keyring.load(this.keys.bookId);
    if (kept === null) return;
    try {
      await this.open(kept);
    } catch (error) {
      // A key that no longer opens the book (restored from elsewhere): the passcode will.
      console.error(`[shuke] the keyring's key did not open the book: ${errorText(error)}`);
    }
  }

  get isProtected(): boolean {
    return this.keys !== null;
  }

  get locked(): boolean {
    return this.book === null;
  }

  /** The wrapped keys and lock settings, or null for a plain book. */
  keysFile(): KeysFile | null {
    return this.keys;
  }

  /** Rewrites the key file (atomically) and keeps it as the one in force. */
  saveKeys(keys: KeysFile): void {
    writeKeysFile(keysFileOf(this.file), keys);
    this.keys = keys;
  }

  /** The book is plain now: its key file is removed. */
  dropKeys(): void {
    fs.rmSync(keysFileOf(this.file), { force: true });
    this.keys = null;
  }

  /** What goes beside a backup of this book: its wrapped keys, or nothing for a plain book. */
  keysForBackup(): KeysFile | null {
    return this.keys === null ? null : keysForBackup(this.keys);
  }

  currentKey(): Buffer | null {
    return this.key;
  }

  db(): Db {
    if (this.book === null) throw AppError.saying('LOCKED', 'bookIsLocked');
    return this.book.db;
  }

  /** The open book's own connection (for VACUUM INTO when the book is rewritten); refused while locked. */
  openBook(): Book {
    if (this.book === null) throw AppError.saying('LOCKED', 'bookIsLocked');
    return this.book;
  }

  /** Opens the book with `key` (null: plain) and brings its derived data up to date. */
  async open(key: Buffer | null): Promise<void> {
    const book = await openBook(this.file, {
      ...(this.options.nativeBinding === undefined ? {} : { nativeBinding: this.options.nativeBinding }),
      ...(key === null ? {} : { key }),
      afterSnapshot: (snapshot) => {
        const keys = this.keysForBackup();
        if (keys !== null) writeKeysFile(keysFileOf(snapshot), keys);
      },
    });
    try {
      await prepareBook(book.db, this.options.onProgress);
    } catch (error) {
      await book.close();
      throw error;
    }
    this.book = book;
    this.key = key;
    allowWorkers();
    this.options.afterOpen?.();
  }

  /** Puts another open book in place of this one (a restore), without forgetting the key. */
  async replace(book: Book): Promise<void> {
    const old = this.book;
    this.book = book;
    if (old !== null && old !== book) await old.close().catch(() => undefined);
  }

  /**
   * Closes the book for a switch or a restore: workers that hold it are stopped or awaited, and
   * the connection is closed, which checkpoints the WAL into the book and removes it.
   */
  async closeConnections(): Promise<void> {
    if (this.book === null) return;
    const { db } = this.book;
    await stopWorkers();
    await valuesPassSettled(db);
    await backupsSettled(db);
    // A sync round under way stops at its next safe point rather than fail half-way on a closed
    // book; waited for last, so no round begins between it and the close.
    await bookHoldsReleased(db);
    await this.book.close();
    this.book = null;
  }

  /** Locks: every connection closed (app and workers) and the key forgotten. */
  async lock(): Promise<void> {
    const db = this.book?.db;
    await this.closeConnections();
    if (db !== undefined) forgetKey(db);
    this.key?.fill(0);
    this.key = null;
  }
}
