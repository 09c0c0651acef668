import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDispatcher, type Dispatcher } from '../../electron/api/dispatcher';
import { createChosenFiles } from '../../electron/api/chosen-files';
import type { ServiceContext } from '../../electron/api/context';
import { BOOK_FILE_NAME } from '../../electron/db/open-book';
import { BookSession } from '../../electron/domains/protection/book-session';
import type { Keyring } from '../../electron/domains/protection/keyring';
import { sessionContext } from '../../electron/domains/protection/session-context';
import { fixedClock } from './create-test-db';

/** scrypt made cheap: the tests derive keys dozens of times; the real cost is checked on its own. */
export const cheapCost = { passcode: { N: 1024, r: 8, p: 1 }, recovery: { N: 1024, r: 8, p: 1 } };

export interface SessionApp {
  dir: string;
  file: string;
  session: BookSession;
  ctx: ServiceContext;
  dispatch: Dispatcher;
  clock: ReturnType<typeof fixedClock>;
}

export function tempDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-protect-'));
}

/** A book in a data folder kept by a session, as the app, browser mode and the command line keep it. */
export async function sessionApp(dir = tempDataDir(), keyring?: Keyring): Promise<SessionApp> {
  const file = path.join(dir, BOOK_FILE_NAME);
  const session = new BookSession({ file, cost: cheapCost, ...(keyring === undefined ? {} : { keyring }) });
  await session.start();
  const clock = fixedClock();
  const ctx = sessionContext(session, {
    now: clock.now,
    locale: 'en',
    backupDir: path.join(dir, 'backups'),
    chosenFiles: createChosenFiles(),
  });
  return { dir, file, session, ctx, dispatch: createDispatcher(ctx), clock };
}

/** Calls and unwraps, failing with the refusal's code and message. */
export async function must<T = unknown>(app: SessionApp, name: string, input: unknown = {}): Promise<T> {
  const result = await app.dispatch(name, input);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

/** A keyring in memory, standing in for the OS keyring. */
export function fakeKeyring(available = true): Keyring & { kept: Map<string, Buffer> } {
  const kept = new Map<string, Buffer>();
  return {
    kept,
    available: () => available,
    store: (id, key) => void kept.set(id, Buffer.from(key)),
    load: (id) => (kept.has(id) ? Buffer.from(kept.get(id) ?? Buffer.alloc(0)) : null),
    forget: (id) => void kept.delete(id),
  };
}

/** A file as a person would choose it (a dialog or an upload): the id backup.inspect and backup.restore take. */
export function chosen(app: SessionApp, file: string): string {
  if (app.ctx.chosenFiles === undefined) throw new Error('this app has no chosen files');
  return app.ctx.chosenFiles.add(file);
}
