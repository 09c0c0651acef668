import type { CallOutput } from '../../../shared/contract';
import type { ServiceContext } from '../../api/context';
import type { ImportProgress } from './import-csv.service';

type Progress = CallOutput<'import.progress'>;

const idle: Progress = { running: false, done: 0, total: 0 };

// Keyed by the book's connection: each open book (a test, a restored book) has its own import.
const boards = new WeakMap<object, Progress>();

export function importProgress(ctx: ServiceContext): Promise<Progress> {
  return Promise.resolve(boards.get(ctx.db) ?? idle);
}

/** Runs an import, publishing how far it is for `import.progress` until it ends either way. */
export async function withImportProgress<T>(ctx: ServiceContext, run: (report: ImportProgress) => Promise<T>): Promise<T> {
  boards.set(ctx.db, { running: true, done: 0, total: 0 });
  try {
    return await run((done, total) => boards.set(ctx.db, { running: true, done, total }));
  } finally {
    boards.delete(ctx.db);
  }
}
