/**
 * Where a switch of the book's protection can be cut short on purpose: the kill -9 test sets
 * SHUKE_TEST_KILL_AT to a step's name and the process kills itself there, exactly as a crash or a
 * power cut would, with nothing flushed or cleaned up.
 */
export type SwitchStep = 'copied' | 'keys-written' | 'closed' | 'swapped';

export function killPoint(step: SwitchStep): void {
  if (process.env.SHUKE_TEST_KILL_AT === step) process.kill(process.pid, 'SIGKILL');
}
