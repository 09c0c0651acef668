import fs from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { idleLockDue } from '../../../../electron/domains/protection/protection.service';
import { useBackgroundWorkers } from '../../../../electron/workers/background-workers';
import { runValuesPass } from '../../../../electron/domains/value/values-pass';
import { refreshValues } from '../../../../electron/domains/value/value.service';
import { liveWorkers } from '../../../../electron/workers/first-answer';
import { bundleWorker } from '../../../helpers/bundle-worker';
import { must, sessionApp } from '../../../helpers/session-app';

let workerFile = '';
beforeAll(async () => {
  workerFile = await bundleWorker('values-worker');
});
afterEach(() => useBackgroundWorkers({}));

/** How many of this process's open files (its worker threads' included) are the book or its WAL. */
function openHandlesOn(file: string): number {
  return fs.readdirSync('/proc/self/fd').filter((fd) => {
    try {
      return fs.readlinkSync(`/proc/self/fd/${fd}`).startsWith(file);
    } catch {
      return false;
    }
  }).length;
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !check(); i += 1) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('locking when left alone', () => {
  it('is due after the idle minutes and one more without any call, and never for a plain book or "never"', async () => {
    const made = await sessionApp();
    expect(idleLockDue(made.session, Date.now() + 3600_000)).toBe(false);
    await must(made, 'protection.enable', { passcode: 'counter-42', understood: true });
    await must(made, 'protection.setOptions', { idleMinutes: 5 });
    const last = made.session.lastCallAt;
    expect(idleLockDue(made.session, last + 6 * 60_000)).toBe(false);
    expect(idleLockDue(made.session, last + 6 * 60_000 + 1)).toBe(true);
    await must(made, 'protection.status');
    expect(idleLockDue(made.session, last + 6 * 60_000 + 1)).toBe(false);
    await must(made, 'protection.setOptions', { idleMinutes: 0 });
    expect(idleLockDue(made.session, Date.now() + 24 * 3600_000)).toBe(false);
    await made.session.lock();
  });

  it.skipIf(process.platform !== 'linux')('closes the app’s and the workers’ connections and forgets the key', async () => {
    const made = await sessionApp();
    for (let i = 0; i < 30; i += 1) await must(made, 'customers.create', { name: `熟客${i}` });
    await must(made, 'protection.enable', { passcode: 'counter-42', understood: true });
    useBackgroundWorkers({ values: workerFile });
    // The worker opens the protected book with the key it is given: a whole pass works.
    await runValuesPass(made.ctx.db, '2026-11-24', refreshValues);
    expect(made.session.db().isTransaction).toBe(false);

    await until(() => liveWorkers() === 0);
    const pass = runValuesPass(made.ctx.db, '2026-11-25', refreshValues);
    await until(() => liveWorkers() > 0);
    expect(openHandlesOn(made.file)).toBeGreaterThan(0);
    expect(await must(made, 'protection.lock')).toMatchObject({ locked: true });
    await pass;
    expect(liveWorkers()).toBe(0);
    expect(openHandlesOn(made.file)).toBe(0);
    expect(made.session.currentKey()).toBeNull();
    expect(await made.dispatch('customers.list', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });
});
