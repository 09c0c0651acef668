/**
 * Where a switch of the book's protection, or a sync round, can be cut short on purpose: the kill
 * -9 tests set SHUKE_TEST_KILL_AT to a step's name and the process kills itself there, exactly as
 * a crash or a power cut would, with nothing flushed or cleaned up.
 */
export type SwitchStep = 'copied' | 'keys-written' | 'closed' | 'swapped';

/** A sync round's steps: documents written into the copy (the outbox not yet told), a batch applied to the book (the copy not yet told). */
export type SyncStep = 'sync-pushed' | 'sync-applied';

export function killPoint(step: SwitchStep | SyncStep): void {
  if (process.env.SHUKE_TEST_KILL_AT === step) process.kill(process.pid, 'SIGKILL');
}
