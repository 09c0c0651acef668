import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { writeExport } from '../../../../electron/domains/archive/export.service';
import { call, type TestApp } from '../../../helpers/create-test-db';
import { exportBook } from '../../../helpers/export-book';

/**
 * Our exports opened by a real spreadsheet program: LibreOffice, headless, reads each file the way
 * it opens one for a person and writes back what its cells show, as CSV. CI installs it
 * (libreoffice-calc-nogui, .ci/run) and must run this; elsewhere, without it, the test says it
 * was skipped.
 */
const hasSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 }).status === 0;

function needSoffice(ctx: TestContext): void {
  if (hasSoffice) return;
  if (process.env.CI)
    throw new Error('CI must open the exports with LibreOffice: `soffice` is missing (.ci/run installs libreoffice-calc-nogui).');
  console.warn('SKIPPED: no `soffice` (LibreOffice) here, so the exports were not opened in a real spreadsheet program.');
  ctx.skip('no soffice (LibreOffice): install libreoffice-calc-nogui to run this test');
}

let dir: string;
let app: TestApp;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-soffice-'));
  app = await exportBook('zh-CN');
  // A landline kept as bare digits: a spreadsheet drops its leading 0 unless told it is text.
  await call(app, 'customers.create', { name: '赵小红', phones: [{ number: '075588881234' }] });
});
afterAll(async () => {
  await app.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** What LibreOffice shows for a file: opened (CSV as UTF-8, comma-separated), saved as CSV, parsed. */
function asLibreOfficeShowsIt(file: string): string[][] {
  const outDir = path.join(dir, `shown-${path.basename(file).replace(/\W/g, '-')}`);
  const args = [
    `-env:UserInstallation=file://${path.join(dir, 'profile')}`,
    '--headless',
    ...(file.endsWith('.csv') ? ['--infilter=CSV:44,34,76,1'] : []),
    '--convert-to',
    'csv:Text - txt - csv (StarCalc):44,34,76,1',
    '--outdir',
    outDir,
    file,
  ];
  const run = spawnSync('soffice', args, { encoding: 'utf8', timeout: 120_000 });
  const shown = path.join(outDir, `${path.basename(file, path.extname(file))}.csv`);
  if (!fs.existsSync(shown)) throw new Error(`soffice did not convert ${file}: ${run.stderr} ${run.stdout}`);
  return Papa.parse<string[]>(fs.readFileSync(shown, 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
}

const phones = ['13800138000', '+852 9844 1370 / 13900139000', '021-6543 2100', '075588881234'];

/** `company` is what the program shows for 王丽华's company, a formula that must stay text. */
function expectFaithful(table: string[][], company: string): void {
  const [header, ...rows] = table;
  const column = (name: string) => rows.map((row) => row[header?.indexOf(name) ?? -1]);
  expect(column('姓名')).toEqual(['张三', '陈大文', '王丽华', '赵小红']);
  expect(column('电话')).toEqual(phones);
  expect(column('生日')).toEqual(['1985-03-12', '农历八月十五', '03-12', '']);
  expect(column('首次到店')).toEqual(['2026-11-21', '', '', '']);
  expect(column('建档日期')).toEqual(['2026-11-24', '2026-11-24', '2026-11-24', '2026-11-24']);
  expect(column('性别')).toEqual(['男', '女', '', '']);
  expect(column('累计消费（CNY）')[0]).toMatch(/^219(\.00)?$/);
  expect(column('公司')[2]).toBe(company);
  for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/\d\.\d+E\+\d/);
}

describe('exports opened in a real spreadsheet program', () => {
  it('show every phone with all its digits, names and days as written, from .xlsx', { timeout: 180_000 }, async (ctx) => {
    needSoffice(ctx);
    const file = path.join(dir, 'customers.xlsx');
    await writeExport(app.ctx.db, 'xlsx', file, { locale: 'zh-CN' });
    expectFaithful(asLibreOfficeShowsIt(file), '=HYPERLINK("http://evil")');
  });

  it('and from CSV, where bare phones would lose digits or show the guard', { timeout: 180_000 }, async (ctx) => {
    needSoffice(ctx);
    const file = path.join(dir, 'customers-csv.csv');
    await writeExport(app.ctx.db, 'csv', file, { locale: 'zh-CN' });
    // The formula guard shows, as it should: that cell is text, not a link the program follows.
    expectFaithful(asLibreOfficeShowsIt(file), `'=HYPERLINK("http://evil")`);
    // The same phones written plainly, as exports did before: the program changes them, so the
    // check above would have caught it.
    const plain = path.join(dir, 'plain.csv');
    fs.writeFileSync(plain, `\uFEFF电话\r\n075588881234\r\n'+852 9844 1370\r\n`);
    expect(asLibreOfficeShowsIt(plain).slice(1)).toEqual([['75588881234'], ["'+852 9844 1370"]]);
  });
});
