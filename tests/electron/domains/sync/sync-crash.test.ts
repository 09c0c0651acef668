import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CallOutput } from '../../../../shared/contract';
import type { SyncStep } from '../../../../electron/domains/protection/kill-point';
import { runtimeOf } from '../../../../electron/domains/sync/sync-runtime';
import { bookText } from '../../../helpers/book-text';
import { testWorkerDir } from '../../../helpers/bundle-worker';
import { hubWithCounters } from '../../../helpers/sync-counters';
import { must, type SessionApp } from '../../../helpers/session-app';

const { hubUrl, counter, quit } = hubWithCounters();
let script = '';
beforeAll(async () => {
  script = path.join(testWorkerDir, 'sync-round.cjs');
  await build({
    entryPoints: ['tests/helpers/sync-round.ts'],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    // Native modules load from node_modules, as in the app.
    external: ['better-sqlite3-multiple-ciphers', 'leveldown'],
    outfile: script,
    logLevel: 'warning',
  });
});
type Status = CallOutput<'sync.status'>;
let run = 0;
const hubDb = () => hubUrl(`crash-${run}`);

/**
 * Two counters on one hub: B's 300 customers are on the hub; A (its folder answered) wrote 350
 * customers and 250 diary entries offline, acknowledged and waiting in its outbox, and is closed.
 * A's round will push two batches and apply B's customers.
 */
async function shop(): Promise<{ dirA: string; b: SessionApp; names: string[] }> {
  run += 1;
  const a = await counter();
  await must(a, 'sync.join', { hub: hubDb(), deviceName: '柜台 1' });
  await runtimeOf(a.ctx).running;
  const b = await counter();
  await must(b, 'sync.join', { hub: hubDb(), deviceName: '柜台 2' });
  const names: string[] = [];
  for (let i = 0; i < 300; i += 1) {
    await must(b, 'customers.create', { name: `乙柜客${i}` });
    names.push(`乙柜客${i}`);
  }
  await must(b, 'sync.now');
  for (let i = 0; i < 350; i += 1) {
    const made = await must<{ id: string }>(a, 'customers.create', { name: `甲柜客${i}` });
    names.push(`甲柜客${i}`);
    if (i < 250) await must(a, 'entries.add', { customerId: made.id, kind: 'note', text: `第${i}次来` });
  }
  await quit(a);
  return { dirA: a.dir, b, names: names.sort() };
}

/** A's round in a child process, killed by itself at `step` or by the test `afterMs` after it started; answers its signal. */
function roundKilled(dir: string, kill: { step: SyncStep } | { afterMs: number }): Promise<string | null> {
  const child = spawn(process.execPath, [script, dir], {
    env: { ...process.env, SHUKE_TEST_KILL_AT: 'step' in kill ? kill.step : '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if ('afterMs' in kill && chunk.toString().includes('started')) setTimeout(() => child.kill('SIGKILL'), kill.afterMs);
    });
    child.once('error', reject);
    child.once('exit', (code, signal) =>
      signal === null && code !== 0 ? reject(new Error(`the round exited with ${code}`)) : resolve(signal),
    );
  });
}

const text = (app: SessionApp) => bookText({ sqlite: app.session.openBook().sqlite });

/** A opened again in this process after the crash, synced to completion with B: the same book on both, every acknowledged write once. */
async function convergesAfter(dirA: string, b: SessionApp, names: string[]): Promise<void> {
  const a = await counter(dirA);
  for (const app of [a, b, a]) expect(await must<Status>(app, 'sync.now')).toMatchObject({ lastError: null });
  expect(await must<Status>(a, 'sync.status')).toMatchObject({ inSync: true, waiting: 0 });
  expect(await must<Status>(b, 'sync.now')).toMatchObject({ inSync: true, waiting: 0 });
  for (const app of [a, b]) {
    const sqlite = app.session.openBook().sqlite;
    expect((sqlite.prepare('SELECT name FROM customers ORDER BY name').pluck().all() as string[]).sort()).toEqual(names);
    expect(sqlite.prepare("SELECT count(*) FROM entries WHERE text LIKE '第%次来'").pluck().get()).toBe(250);
    expect(await must(app, 'sync.conflicts')).toEqual({ items: [] });
  }
  expect(text(a)).toBe(text(b));
}

describe('a sync round killed with SIGKILL (kill -9)', () => {
  for (const step of ['sync-pushed', 'sync-applied'] as const) {
    it(`at ${step}: the book reopens and syncs to the same book on both counters, every write once`, async () => {
      const { dirA, b, names } = await shop();
      expect(await roundKilled(dirA, { step })).toBe('SIGKILL');
      await convergesAfter(dirA, b, names);
    }, 180_000);
  }

  // After the book opened: while the first batch is read and pushed, and while replicating or applying.
  for (const afterMs of [100, 700]) {
    it(`${afterMs} ms into the round: the same`, async () => {
      const { dirA, b, names } = await shop();
      expect(await roundKilled(dirA, { afterMs })).toBe('SIGKILL');
      await convergesAfter(dirA, b, names);
    }, 180_000);
  }

  it('with its copy lost afterwards (the folder deleted): the copy is made again and the books converge', async () => {
    const { dirA, b, names } = await shop();
    await roundKilled(dirA, { step: 'sync-applied' });
    fs.rmSync(path.join(dirA, 'shuke.sqlite.sync'), { recursive: true, force: true });
    await convergesAfter(dirA, b, names);
  }, 180_000);
});
