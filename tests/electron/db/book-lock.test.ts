import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../electron/api/app-error';
import { lockBookFolder } from '../../../electron/db/book-lock';
import { testWorkerDir } from '../../helpers/bundle-worker';

const dirs: string[] = [];
const children: ChildProcess[] = [];

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-lock-'));
  dirs.push(dir);
  return dir;
}

afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function refusalOf(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('the lock was not refused');
}

/** Starts another process that takes the folder's lock, and resolves once it holds it. */
async function holdInAnotherProcess(dir: string): Promise<ChildProcess> {
  const script = path.join(testWorkerDir, 'hold-book-lock.cjs');
  await build({
    entryPoints: ['tests/helpers/hold-book-lock.ts'],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['better-sqlite3-multiple-ciphers'],
    outfile: script,
    logLevel: 'warning',
  });
  const child = spawn(process.execPath, [script, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('held')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`the holder exited with ${String(code)}`)));
  });
  return child;
}

describe('one writer per book', () => {
  it('refuses a second holder in the same process, naming the first, and lets go on release', () => {
    const dir = tempDir();
    const first = lockBookFolder(dir, 'the desktop app');
    const refused = refusalOf(() => lockBookFolder(dir, 'the command line'));
    expect(refused.code).toBe('CONFLICT');
    expect(refused.said?.key).toBe('bookLocked');
    expect(refused.message).toContain('the desktop app');
    expect(refused.message).toContain(`process ${process.pid}`);
    first.release();
    const second = lockBookFolder(dir, 'the command line');
    second.release();
  });

  it('refuses while another process holds the folder, and is free the moment that process is killed', async () => {
    const dir = tempDir();
    const child = await holdInAnotherProcess(dir);
    const refused = refusalOf(() => lockBookFolder(dir, 'the desktop app'));
    expect(refused.message).toContain('browser mode');
    expect(refused.message).toContain(`process ${String(child.pid)}`);

    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    // kill -9 leaves the holder's note behind, but the operating system dropped its lock.
    expect(fs.existsSync(path.join(dir, 'shuke.lock.json'))).toBe(true);
    const lock = lockBookFolder(dir, 'the desktop app');
    expect(lock.holder.pid).toBe(process.pid);
    lock.release();
  });

  it('does not let a holder note decide: a note without a live lock is taken over', () => {
    const dir = tempDir();
    fs.writeFileSync(
      path.join(dir, 'shuke.lock.json'),
      JSON.stringify({ what: 'browser mode', pid: 1, host: 'x', since: '2026-01-01T00:00:00Z' }),
    );
    const lock = lockBookFolder(dir, 'the desktop app');
    lock.release();
  });
});
