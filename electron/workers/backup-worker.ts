// The backup worker: copies and verifies a book on a thread of its own, so that a backup of a large
// book (seconds of VACUUM INTO and integrity checking) never stalls the app's main thread.
import { parentPort, workerData } from 'node:worker_threads';
import { copyAndVerify, copyRequestSchema } from '../domains/backup/copy-book';

parentPort?.postMessage(copyAndVerify(copyRequestSchema.parse(workerData)));
