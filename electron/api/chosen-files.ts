import crypto from 'node:crypto';
import path from 'node:path';
import { AppError } from './app-error';

/**
 * Files a person chose, by an id the app made up: the desktop app's open dialog and browser mode's
 * upload put a file here, and the page only ever sends its id back. A page cannot name any other
 * file on the machine, and an id cannot be guessed.
 */
export interface ChosenFiles {
  add(file: string): string;
  /** The chosen file's path; refused (NOT_FOUND) for an id this run never gave. */
  path(id: string): string;
}

// Enough for a person going back and forth between a few backups; older ids are forgotten.
const kept = 16;

export function createChosenFiles(): ChosenFiles {
  const files = new Map<string, string>();
  return {
    add(file) {
      const id = crypto.randomBytes(18).toString('base64url');
      files.set(id, path.resolve(file));
      for (const old of files.keys()) if (files.size > kept) files.delete(old);
      return id;
    },
    path(id) {
      const file = files.get(id);
      if (file === undefined) throw AppError.saying('NOT_FOUND', 'chosenFileUnknown');
      return file;
    },
  };
}

/** The path of a file chosen in this run, by its id; refused where there are no chosen files (a book in memory). */
export function chosenFile(ctx: { chosenFiles?: ChosenFiles }, id: string): string {
  if (ctx.chosenFiles === undefined) throw AppError.saying('NOT_FOUND', 'chosenFileUnknown');
  return ctx.chosenFiles.path(id);
}

/** The desktop app's native dialogs; absent in browser mode, the command line and tests. */
export interface FilePicker {
  /** A backup file to restore, or null when the person cancelled. */
  backupFile(): Promise<string | null>;
  /** A folder for backups, or null when the person cancelled. */
  folder(): Promise<string | null>;
}
