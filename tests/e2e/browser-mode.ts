import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';

export interface RunningShuke {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

/** Starts browser mode (`node dist/web/main.cjs`) on a free port and waits for the URL it prints. */
export async function startBrowserMode(options: { dataDir?: string; lang?: string } = {}): Promise<RunningShuke> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-e2e-'));
  const args = ['dist/web/main.cjs', '--data', dataDir, '--port', '0', ...(options.lang ? ['--lang', options.lang] : [])];
  const child: ChildProcess = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`browser mode did not start:\n${output}`)), 15_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Open (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(output);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`browser mode exited with ${String(code)}:\n${output}`));
    });
  });
  return {
    url,
    dataDir,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Calls the running book's API as a script would, with its token; a refusal fails the test with its message. */
export async function callApi<T>(shuke: RunningShuke, request: APIRequestContext, name: string, input: object): Promise<T> {
  const url = new URL(shuke.url);
  const reply = await request.post(`${url.origin}/api/${name}`, {
    headers: { Authorization: `Bearer ${url.searchParams.get('token') ?? ''}` },
    data: input,
  });
  const body = (await reply.json()) as { ok: true; value: T } | { ok: false; error: { message: string } };
  if (!body.ok) throw new Error(`${name} was refused: ${body.error.message}`);
  return body.value;
}
