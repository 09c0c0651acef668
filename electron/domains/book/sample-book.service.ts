import fs from 'node:fs';
import { AppError } from '../../api/app-error';
import { sampleIsOpen, type ServiceContext } from '../../api/context';
import { openBook } from '../../db/open-book';
import type { CallOutput } from '../../../shared/contract';
import { writeDemoBook } from '../../cli/demo/write-demo-book';
import { countCustomers } from '../customers/customers.repository';
import { closeOpenBook, openingOf, openPrepared } from '../backup/reopen-book';
import { loadSettings } from '../settings/settings.service';
import { writeSetting } from '../settings/settings.repository';
import { errorText } from '../../../shared/error-text';

/** Enough made-up customers to fill every page, few enough to be written in a moment. */
export const SAMPLE_CUSTOMERS = 200;

type Status = CallOutput<'book.status'>;

export function bookStatus(ctx: ServiceContext): Status {
  return { kind: sampleIsOpen(ctx) ? 'sample' : 'real', sampleAvailable: ctx.books !== undefined };
}

function booksOf(ctx: ServiceContext): { real: string; sample: string } {
  if (ctx.books === undefined) throw AppError.saying('INVALID_INPUT', 'sampleUnavailable');
  return ctx.books;
}

function removeBookFile(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${file}${suffix}`, { force: true });
}

/**
 * Writes a fresh sample book, in the shop's currency and time zone, while the real book is still
 * open: if anything fails, nothing has changed. Fresh each time, so what was tried in it last time
 * is gone and its dates are around today.
 */
async function makeSample(ctx: ServiceContext, file: string): Promise<number> {
  const { currency, timeZone } = await loadSettings(ctx.db);
  removeBookFile(file);
  const book = await openBook(file, openingOf(ctx));
  let made = false;
  try {
    await writeSetting(book.db, 'currency', currency);
    await writeSetting(book.db, 'timeZone', timeZone);
    await writeDemoBook(book.db, { customers: SAMPLE_CUSTOMERS, seed: 7, now: ctx.now(), currency });
    made = true;
  } finally {
    await book.close();
    if (!made) removeBookFile(file);
  }
  return SAMPLE_CUSTOMERS;
}

/** Puts `next` in the open book's place; if it cannot be opened, the book that was open is opened again. */
async function swapTo(ctx: ServiceContext, next: string): Promise<void> {
  if (ctx.openFile !== undefined) {
    try {
      await ctx.openFile(next);
    } catch (error) {
      throw AppError.saying('INTERNAL', 'bookSwitchFailed', { reason: errorText(error) });
    }
    return;
  }
  const previous = ctx.bookFile;
  await closeOpenBook(ctx);
  try {
    ctx.db = await openPrepared(ctx, next);
    ctx.bookFile = next;
  } catch (error) {
    if (previous !== undefined) ctx.db = await openPrepared(ctx, previous);
    throw AppError.saying('INTERNAL', 'bookSwitchFailed', { reason: errorText(error) });
  }
}

/**
 * Opens a made-up sample book in the real one's place, to look around in. The real book is closed
 * untouched; the sample lives in a file of its own and is never backed up or restored over. The
 * dispatcher runs this alone (BookGate), as it does a restore.
 */
export async function openSampleBook(ctx: ServiceContext): Promise<CallOutput<'book.openSample'>> {
  const { sample } = booksOf(ctx);
  if (sampleIsOpen(ctx)) return { ...bookStatus(ctx), customers: await countCustomers(ctx.db) };
  let customers: number;
  try {
    customers = await makeSample(ctx, sample);
  } catch (error) {
    throw AppError.saying('INTERNAL', 'bookSwitchFailed', { reason: errorText(error) });
  }
  await swapTo(ctx, sample);
  return { ...bookStatus(ctx), customers };
}

/** Closes the sample and opens the real book again, as it was left. */
export async function openRealBook(ctx: ServiceContext): Promise<Status> {
  const { real } = booksOf(ctx);
  if (sampleIsOpen(ctx)) await swapTo(ctx, real);
  return bookStatus(ctx);
}
