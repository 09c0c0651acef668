// `npm test`: every check and every test suite, then one plain line adding them all up, so a run
// that executed no test cannot pass unnoticed. Exits non-zero if anything failed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const out = path.resolve('.test-output');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
const failedSteps = [];

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label} ===`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env }, shell: process.platform === 'win32' });
  const ok = result.status === 0;
  if (!ok) failedSteps.push(label);
  return ok;
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

run('lint', 'npx', ['eslint', '.', '--max-warnings', '0']);
run('format', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']);
run('typecheck', 'npm', ['run', '--silent', 'typecheck']);

// The book owns "today" (its shop's time zone), so no answer may depend on the zone the tests run
// in: vitest runs once in this machine's zone and once more in another, both counted below.
const machineZone = process.env.TZ || Intl.DateTimeFormat().resolvedOptions().timeZone;
const otherZone = machineZone === 'America/Los_Angeles' ? 'Asia/Shanghai' : 'America/Los_Angeles';
for (const [i, zone] of [machineZone, otherZone].entries()) {
  const vitestJson = path.join(out, `vitest-${i + 1}.json`);
  run(
    `unit, store and UI tests (vitest, TZ=${zone})`,
    'npx',
    ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`],
    i === 0 ? {} : { TZ: zone },
  );
  const vitest = readJson(vitestJson);
  if (vitest === null) {
    failedSteps.push(`vitest report missing (TZ=${zone})`);
  } else {
    totals.passed += vitest.numPassedTests;
    totals.failed += vitest.numFailedTests;
    totals.skipped += (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0);
  }
}

if (run('build', 'npm', ['run', '--silent', 'build'])) {
  const playwrightJson = path.join(out, 'playwright.json');
  run('end-to-end tests (Playwright)', 'npx', ['playwright', 'test', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson,
  });
  const pw = readJson(playwrightJson);
  if (pw === null) {
    failedSteps.push('playwright report missing');
  } else {
    totals.passed += pw.stats.expected + pw.stats.flaky;
    totals.failed += pw.stats.unexpected;
    totals.skipped += pw.stats.skipped;
  }
}

console.log('');
if (failedSteps.length > 0) console.log(`Failed steps: ${failedSteps.join(', ')}`);
if (totals.passed === 0) console.log('No test ran: that counts as a failure.');
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedSteps.length > 0 || totals.failed > 0 || totals.passed === 0 ? 1 : 0);
