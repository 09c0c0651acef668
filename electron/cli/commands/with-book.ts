import fs from 'node:fs';
import path from 'node:path';
import { startBook, type StartedBook } from '../../app/start-book';
import { BOOK_FILE_NAME } from '../../db/open-book';
import { contract, type CallInput, type CallName, type CallOutput } from '../../../shared/contract';

/** Where the command line reads a protected book's passcode (or recovery code) from. */
export const PASSCODE_ENV = 'SHUKE_PASSCODE';

/** The passcode or recovery code the command was given, if any. */
export function commandSecret(): string | undefined {
  const secret = process.env[PASSCODE_ENV];
  return secret === undefined || secret === '' ? undefined : secret;
}

/**
 * The book of a data folder, opened for one command, or refused at once while the app or browser
 * mode has it open (the message names which): one process writes a book. A protected book opens
 * with the passcode or recovery code in SHUKE_PASSCODE (an environment variable, so it is not left
 * in the shell's history or the process list), counted like a wrong try in the app.
 */
async function openForCommand(dataDir: string): Promise<StartedBook> {
  const started = await startBook({ dataDir, holder: 'the command line', locale: 'zh-CN', stays: false });
  if (!started.ctx.book.locked) return started;
  const secret = commandSecret();
  try {
    if (secret === undefined)
      throw new Error(
        `The book in ${dataDir} is protected: set ${PASSCODE_ENV} to its passcode or recovery code and run the command again.`,
      );
    await call(started, 'protection.unlock', { secret });
    return started;
  } catch (error) {
    await started.stop();
    throw error;
  }
}

/**
 * Opens the book in a data folder for one command and always closes it. `mustExist` refuses an
 * empty folder (backup, restore, export); an import may start a new book.
 */
export async function withBook<T>(dataDir: string, mustExist: boolean, run: (book: StartedBook) => Promise<T>): Promise<T> {
  const file = path.join(dataDir, BOOK_FILE_NAME);
  if (mustExist && !fs.existsSync(file)) throw new Error(`There is no customer book in ${dataDir}.`);
  const started = await openForCommand(dataDir);
  try {
    return await run(started);
  } finally {
    await started.stop();
  }
}

/**
 * A command's call, through the same dispatcher as the app's (checked against the contract, in
 * turn with other calls): its answer, or its refusal thrown in the words the app would show.
 */
export async function call<K extends CallName>(book: StartedBook, name: K, input: CallInput<K>): Promise<CallOutput<K>> {
  const result = await book.dispatch(name, input);
  if (!result.ok) throw new Error(result.error.message);
  return contract[name].output.parse(result.value) as CallOutput<K>;
}
