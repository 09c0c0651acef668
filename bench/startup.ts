import { spawn, type ChildProcess } from 'node:child_process';
import { chromium } from 'playwright-core';
import { z } from 'zod';
import { chromiumArgs, chromiumPath } from './keystroke';
import { percentile } from './percentile';

/** Milliseconds from launching `node dist/web/main.cjs` to each step. */
export interface StartupRun {
  /** The process has loaded its code and starts opening the book. */
  up: number;
  bookOpen: number;
  listening: number;
  /** The page's load event: its scripts have run. */
  pageLoaded: number;
  /** The lookup box is painted (the page asked whether the book is locked first). */
  lookupShown: number;
  /** The first query, typed as soon as the box was painted, has its results painted. */
  firstAnswer: number;
}

const startupLine = /^\[startup\] (\{.*\})$/m;
const openLine = /Open (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/;
/** Now, in ms since 1970, as precisely as the page's own clock (performance.timeOrigin + now()). */
const clock = () => performance.timeOrigin + performance.now();

/** Starts browser mode and resolves once it prints its address, with its own start-up steps. */
function launch(webMain: string, dataDir: string): Promise<{ child: ChildProcess; url: string; steps: Record<string, unknown> }> {
  const child = spawn(process.execPath, [webMain, '--data', dataDir, '--port', '0', '--lang', 'zh-CN'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, SHUKE_STARTUP_TIMES: '1' },
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = openLine.exec(output)?.[1];
      const steps = startupLine.exec(output)?.[1];
      if (url !== undefined && steps !== undefined) resolve({ child, url, steps: JSON.parse(steps) as Record<string, unknown> });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`browser mode exited with ${String(code)} before serving:\n${output}`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

const pageStepsSchema = z.object({ loaded: z.number(), shown: z.number(), answered: z.number() });

/**
 * Runs in the page before its own scripts (the page's CSP does not apply to it): once the lookup
 * box is painted, types the query into it at once, as a person already waiting would, and notes
 * when each step happened on the page's clock, so the figures carry no delay of the remote control.
 */
const typeWhenShown = (query: string) => `(() => {
  const steps = {};
  window.shukeStartup = steps;
  const at = () => performance.timeOrigin + performance.now();
  window.addEventListener('load', () => (steps.loaded = at()));
  const type = (box) => {
    steps.shown = at();
    new PerformanceObserver((list, observer) => {
      if (list.getEntriesByName('lookup:paint').length === 0) return;
      steps.answered = at();
      observer.disconnect();
    }).observe({ entryTypes: ['measure'] });
    box.focus();
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(box, ${JSON.stringify(query)});
    box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
  };
  const look = () => {
    const box = document.querySelector('input[role="combobox"]');
    if (box === null) return false;
    // After the frame that paints it: nobody types into a box before seeing it.
    requestAnimationFrame(() => setTimeout(() => type(box)));
    return true;
  };
  document.addEventListener('DOMContentLoaded', () => {
    if (look()) return;
    const observer = new MutationObserver(() => {
      if (look()) observer.disconnect();
    });
    observer.observe(document.body, { childList: true, subtree: true });
  });
})();`;

/**
 * Browser mode from launching the process to the first lookup answered in the page, `runs` times
 * (a Chromium already running, as the owner's browser is); `beforeEach` readies the book for a
 * run. Null without a Chromium.
 */
export async function startupBench(
  webMain: string,
  dataDir: string,
  query: string,
  runs: number,
  beforeEach: () => void,
): Promise<StartupRun[] | null> {
  const executablePath = chromiumPath();
  if (executablePath === null) return null;
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  const results: StartupRun[] = [];
  try {
    for (let i = 0; i < runs; i += 1) {
      beforeEach();
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
      await context.addInitScript({ content: typeWhenShown(query) });
      const page = await context.newPage();
      const t0 = clock();
      const { child, url, steps } = await launch(webMain, dataDir);
      try {
        const listening = clock() - t0;
        await page.goto(url, { waitUntil: 'commit' });
        const handle = await page.waitForFunction(
          // A function, not a string: the page's CSP allows no eval.
          () => {
            const seen: unknown = Reflect.get(globalThis, 'shukeStartup');
            return typeof seen === 'object' && seen !== null && 'answered' in seen && 'loaded' in seen ? seen : null;
          },
          undefined,
          { timeout: 60_000 },
        );
        const seen = pageStepsSchema.parse(await handle.jsonValue());
        const since = (value: unknown) => (typeof value === 'number' ? value - t0 : Number.NaN);
        results.push({
          up: since(steps.up),
          bookOpen: since(steps.bookOpen),
          listening,
          pageLoaded: since(seen.loaded),
          lookupShown: since(seen.shown),
          firstAnswer: since(seen.answered),
        });
      } finally {
        await context.close();
        await stop(child);
      }
    }
  } finally {
    await browser.close();
  }
  return results;
}

/** The run with the median time to the first answer, printed with its parts and every run's total. */
export function printStartup(runs: StartupRun[], targetMs: number): void {
  const totals = runs.map((r) => r.firstAnswer);
  const median = percentile(totals, 50);
  const run = runs.find((r) => r.firstAnswer === median) ?? runs[0];
  if (run === undefined) return;
  const ms = (n: number) => `${n.toFixed(0)} ms`;
  console.log(
    `\nStart-up, browser mode on this book, from launching the process (median of ${runs.length}: ${totals.map((t) => t.toFixed(0)).join(', ')} ms):`,
  );
  console.log(`  process up ${ms(run.up)}, book open ${ms(run.bookOpen)}, server listening ${ms(run.listening)},`);
  console.log(
    `  page loaded ${ms(run.pageLoaded)}, lookup shown ${ms(run.lookupShown)}, first lookup answered ${ms(run.firstAnswer)} (target ≤ ${ms(targetMs)})`,
  );
}
