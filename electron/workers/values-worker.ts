// The values worker: computes a whole book's customer values (tiers, stages, history), then the
// member cards' daily work (points expiry) and their check (every purse adds up), on a thread and
// connection of its own, so the daily pass over a large book never stalls the app's thread. Asked
// for the check alone, it does only that: a book just opened is checked without waiting a day.
import { parentPort, workerData } from 'node:worker_threads';
import { createKysely, openSqlite } from '../db/connection';
import { retryWhenBusy } from '../db/retry-when-busy';
import { checkCards } from '../domains/cards/card-check.service';
import { cardsDailyPass } from '../domains/cards/points-expiry.service';
import { refreshValues } from '../domains/value/value.service';
import { valuesRequestSchema } from '../domains/value/values-pass';
import { errorText } from '../../shared/error-text';

/** The app may write between this pass's reads and its writes; the pass then starts over. */
const attempts = 3;

async function main(): Promise<{ ok: boolean; message: string }> {
  const request = valuesRequestSchema.parse(workerData);
  const sqlite = openSqlite(request.book, {
    ...(request.nativeBinding === undefined ? {} : { nativeBinding: request.nativeBinding }),
    ...(request.key === undefined ? {} : { key: Buffer.from(request.key, 'hex') }),
  });
  const db = createKysely(sqlite, { deferredTransactions: true });
  try {
    if (request.work === 'day') {
      await retryWhenBusy(() => refreshValues(db, request.day), attempts);
      // The member cards' daily work rides on the same pass: points past their cutoff expire.
      await retryWhenBusy(() => cardsDailyPass(db, new Date(), request.locale), attempts);
    }
    await retryWhenBusy(() => checkCards(db, new Date()), attempts);
    return { ok: true, message: '' };
  } catch (error) {
    return { ok: false, message: errorText(error) };
  } finally {
    await db.destroy();
  }
}

void main().then((answer) => parentPort?.postMessage(answer));
