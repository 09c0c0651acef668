import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SwitchStep } from '../../../../electron/domains/protection/kill-point';
import { isEncryptedFile } from '../../../../electron/domains/encryption/book-file-copy';
import { testWorkerDir } from '../../../helpers/bundle-worker';
import { must, sessionApp, type SessionApp } from '../../../helpers/session-app';

const passcode = 'counter-42';
let script = '';

beforeAll(async () => {
  script = path.join(testWorkerDir, 'switch-protection.cjs');
  await build({
    entryPoints: ['tests/helpers/switch-protection.ts'],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['better-sqlite3-multiple-ciphers'],
    outfile: script,
    logLevel: 'warning',
  });
});

async function bookWithCustomers(protectedAlready: boolean): Promise<string> {
  const made = await sessionApp();
  for (const name of ['张伟', '李娜', '王芳']) await must(made, 'customers.create', { name });
  if (protectedAlready) await must(made, 'protection.enable', { passcode, understood: true });
  await made.session.lock();
  return made.dir;
}

/** Runs the switch in a child process that kills itself with SIGKILL at `step`. */
function switchKilledAt(dir: string, action: 'enable' | 'disable', step: SwitchStep | 'never'): string | null {
  const run = spawnSync(process.execPath, [script, dir, action, passcode], {
    env: { ...process.env, SHUKE_TEST_KILL_AT: step },
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (step !== 'never') expect(run.signal).toBe('SIGKILL');
  else expect(run.stdout).toContain('done');
  return run.signal;
}

/** Opens the folder as the app would next time: the book is whole, plain or protected, with every customer. */
async function reopened(dir: string): Promise<{ app: SessionApp; encrypted: boolean }> {
  const app = await sessionApp(dir);
  const status = await must<{ protected: boolean; locked: boolean }>(app, 'protection.status');
  const encrypted = isEncryptedFile(app.file);
  expect(status.protected).toBe(encrypted);
  if (status.locked) await must(app, 'protection.unlock', { secret: passcode });
  const list = await must<{ items: { name: string }[] }>(app, 'customers.list', {});
  expect(list.items.map((c) => c.name).sort()).toEqual(['张伟', '李娜', '王芳'].sort());
  expect(fs.existsSync(`${app.file}.switching`)).toBe(false);
  return { app, encrypted };
}

describe('an interrupted switch (kill -9) leaves the old book or the new one, never a broken one', () => {
  const enableSteps: [SwitchStep | 'never', boolean][] = [
    ['copied', false],
    ['keys-written', false],
    ['closed', false],
    ['swapped', true],
    ['never', true],
  ];
  it.each(enableSteps)('turning protection on, killed after %s', async (step, encryptedAfter) => {
    const dir = await bookWithCustomers(false);
    switchKilledAt(dir, 'enable', step);
    const { app, encrypted } = await reopened(dir);
    expect(encrypted).toBe(encryptedAfter);
    await app.session.lock();
  });

  const disableSteps: [SwitchStep | 'never', boolean][] = [
    ['copied', true],
    ['closed', true],
    ['swapped', false],
    ['never', false],
  ];
  it.each(disableSteps)('turning protection off, killed after %s', async (step, encryptedAfter) => {
    const dir = await bookWithCustomers(true);
    switchKilledAt(dir, 'disable', step);
    const { app, encrypted } = await reopened(dir);
    expect(encrypted).toBe(encryptedAfter);
    await app.session.lock();
  });
});
