import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { ServiceContext } from '../electron/api/context';
import { createDispatcher } from '../electron/api/dispatcher';
import { bookToday, valueComputedOnKey } from '../electron/domains/settings/settings.service';
import { openSqlite } from '../electron/db/connection';
import { BOOK_FILE_NAME } from '../electron/db/open-book';
import { createWebServer } from '../electron/web/server';
import { keystrokeBench } from './keystroke';
import { percentile } from './percentile';
import { printStartup, startupBench } from './startup';
import { besideValuesPass } from './values-beside';

const distDir = path.resolve(__dirname, '..');
const rendererDir = path.join(distDir, 'renderer');
const mainChunkTargetKb = 250;
const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(0));

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(0)} kB`;
}

/**
 * The built renderer's chunks (gzip level 9): what the page loads at start (the entry index.html
 * names and the chunks it preloads beside it) and what is fetched on demand.
 */
export function printBundleSizes(): void {
  const assets = path.join(rendererDir, 'assets');
  if (!fs.existsSync(assets)) return console.log('\nRenderer bundles: skipped (no built renderer; run `npm run build`).');
  const html = fs.readFileSync(path.join(rendererDir, 'index.html'), 'utf8');
  const atStart = new Set([...html.matchAll(/(?:src|href)="\.\/assets\/([^"]+\.js)"/g)].map((m) => m[1]));
  const chunks = fs
    .readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .map((f) => {
      const code = fs.readFileSync(path.join(assets, f));
      return { name: f.replace(/-[\w-]{8}\.js$/, ''), file: f, raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
    })
    .sort((a, b) => b.gzip - a.gzip);
  const main = chunks.filter((c) => atStart.has(c.file));
  const sum = (list: typeof chunks, key: 'raw' | 'gzip') => list.reduce((total, c) => total + c[key], 0);
  console.log(
    `\nRenderer main bundle (loaded at start, ${main.length} chunks): ${kb(sum(main, 'raw'))}, gzip ${kb(sum(main, 'gzip'))} (target gzip ≤ ${mainChunkTargetKb} kB; 733 kB, gzip 221 kB before the dialogs were loaded on demand)`,
  );
  const lazy = chunks.filter((c) => !atStart.has(c.file));
  console.log(`  loaded on demand, gzip: ${lazy.map((c) => `${c.name} ${kb(c.gzip)}`).join(', ')}`);
}

/**
 * Keystroke to painted results in Chromium, twice in one run: idle, and while the values worker
 * recomputes the whole book (the pass that runs at start and after midnight).
 */
export async function printKeystrokes(ctx: ServiceContext, bookFile: string, typed: string[]): Promise<void> {
  if (!fs.existsSync(path.join(rendererDir, 'index.html')))
    return console.log('\nKeystroke to paint: skipped (no built renderer; run `npm run build`).');
  const token = randomBytes(16).toString('hex');
  const server = createWebServer({ dispatch: createDispatcher(ctx), rendererDir, token, lang: 'zh-CN' });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/?token=${token}`;
  try {
    const idle = await keystrokeBench(url, typed);
    if (idle === null) return console.log('\nKeystroke to paint: skipped (no Chromium; set CHROMIUM_PATH or install chromium).');
    const { today } = await bookToday(ctx.db, ctx.now());
    const busy = await besideValuesPass(bookFile, today, () => keystrokeBench(url, typed));
    const line = (samples: number[]) => `p50 ${fmt(percentile(samples, 50))} ms, p95 ${fmt(percentile(samples, 95))} ms`;
    console.log(`\nKeystroke to painted results in Chromium (${idle.length} keystrokes each):`);
    console.log(`  idle                                 ${line(idle)} (target p95 ≤ 50 ms)`);
    if (busy === null || busy.result === null) console.log('  beside the value pass: skipped (no values worker; run `npm run build`).');
    else
      console.log(
        `  beside the whole-book value pass     ${line(busy.result)} (target p95 ≤ 80 ms; ${busy.passes} pass(es) finished meanwhile${busy.runningAtEnd ? ', one still running at the end' : ''})`,
      );
  } finally {
    server.close();
  }
}

/**
 * Browser mode started from its bundle on the bench's book, as on the first start of a day: the
 * day's values are due and so is the daily backup. Run with the book closed by the bench.
 */
export async function printStartupFigures(dir: string, query: string, runs = 3): Promise<void> {
  const webMain = path.join(distDir, 'web', 'main.cjs');
  if (!fs.existsSync(webMain)) return console.log('\nStart-up: skipped (browser mode is not built; run `npm run build`).');
  const valuesDue = () => {
    const sqlite = openSqlite(path.join(dir, BOOK_FILE_NAME));
    try {
      sqlite.prepare('DELETE FROM settings WHERE key = ?').run(valueComputedOnKey);
    } finally {
      sqlite.close();
    }
  };
  const result = await startupBench(webMain, dir, query, runs, valuesDue);
  if (result === null) console.log('\nStart-up: skipped (no Chromium; set CHROMIUM_PATH or install chromium).');
  else printStartup(result, 1500);
}
