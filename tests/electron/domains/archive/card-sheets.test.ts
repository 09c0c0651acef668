import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import type { Customer } from '../../../../shared/contract';
import type { MemberCard } from '../../../../shared/contract/cards.contract';
import { writeExport } from '../../../../electron/domains/archive/export.service';
import { call, createTestApp, type TestApp } from '../../../helpers/create-test-db';

const hasSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 }).status === 0;
function needSoffice(ctx: TestContext): void {
  if (hasSoffice) return;
  console.warn('SKIPPED: no `soffice` (LibreOffice) here, so the card files were not opened in a real spreadsheet program.');
  ctx.skip('no soffice (LibreOffice)');
}

let dir: string;
let app: TestApp;
let wang: Customer;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-card-files-'));
  app = await createTestApp('zh-CN');
  await call(app, 'cards.setRules', { pointsPerUnit: 1, tierMultipliers: {}, bonusTiers: [{ from: 50_000, bonus: 5_000 }] });
  wang = await call<Customer>(app, 'customers.create', { name: '王丽华', phones: [{ number: '13800138000' }] });
  const chen = await call<Customer>(app, 'customers.create', { name: '陈大文' });
  await call<Customer>(app, 'customers.create', { name: '没有卡' });
  await call(app, 'cards.open', { customerId: wang.id, number: '00012', joinedOn: '2026-01-05' });
  const move = (customerId: string, request: unknown) => call<{ card: MemberCard }>(app, 'cards.move', { customerId, request });
  await move(wang.id, { kind: 'top_up', principal: 50_000 });
  app.clock.advance(60_000);
  await move(wang.id, { kind: 'pay', amount: 12_345 });
  app.clock.advance(60_000);
  await move(wang.id, { kind: 'earn', points: 300 });
  app.clock.advance(60_000);
  const sold = await move(wang.id, { kind: 'sell_punch', punchKind: '洗车', uses: 10, priceMinor: 30_000, validUntil: '2027-06-30' });
  app.clock.advance(60_000);
  await move(wang.id, { kind: 'punch', punchId: sold.card.punchCards[0]?.id });
  app.clock.advance(60_000);
  await move(wang.id, { kind: 'correction', purse: 'points', delta: -20, reason: '多记了' });
  await move(chen.id, { kind: 'top_up', principal: 10_000 });
});
afterAll(async () => {
  await app.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const parse = (text: string) => Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

const balanceHeader = [
  '卡号',
  '姓名',
  '电话',
  '积分',
  '本金（CNY）',
  '赠送（CNY）',
  '储值余额（CNY）',
  '次卡（剩余/总次数，有效期）',
  '开卡日期',
];

describe('card balances export', () => {
  it('writes every card holder with the balances the ledger sums, headers in the user’s language (CSV)', async () => {
    const file = path.join(dir, 'balances.csv');
    await writeExport(app.ctx.db, 'cards-csv', file, { locale: 'zh-CN' });
    const rows = parse(fs.readFileSync(file, 'utf8'));
    expect(rows[0]).toEqual(balanceHeader);
    const byName = new Map(rows.slice(1).map((r) => [r[1], r]));
    expect(rows).toHaveLength(3);
    expect(byName.get('王丽华')).toEqual([
      '="00012"',
      '王丽华',
      '="13800138000"',
      '280',
      '376.55',
      '50.00',
      '426.55',
      '洗车 9/10 次，至 2027-06-30',
      '2026-01-05',
    ]);
    expect(byName.get('陈大文')).toEqual(['', '陈大文', '', '0', '100.00', '0.00', '100.00', '', '2026-11-24']);
  });

  it('keeps numbers as numbers in Excel, money in currency units, and says it in English when asked', async () => {
    const file = path.join(dir, 'balances.xlsx');
    await writeExport(app.ctx.db, 'cards-xlsx', file, { locale: 'en' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const sheet = book.worksheets[0];
    expect(sheet?.name).toBe('Card balances');
    const values = (n: number) => (sheet?.getRow(n).values as ExcelJS.CellValue[]).slice(1);
    expect(values(1)).toEqual([
      'Card number',
      'Name',
      'Phone',
      'Points',
      'Paid in (CNY)',
      'Bonus (CNY)',
      'Stored value (CNY)',
      'Punch cards (left/uses, valid until)',
      'Joined on',
    ]);
    const wangRow = [2, 3].map(values).find((r) => r[1] === '王丽华');
    expect(wangRow?.slice(0, 8)).toEqual(['00012', '王丽华', '13800138000', 280, 376.55, 50, 426.55, '洗车 9/10, until 2027-06-30']);
    expect(wangRow?.[8]).toEqual(new Date('2026-01-05T00:00:00Z'));
  });

  it('opens in LibreOffice with the card number and phone as written and the sums as numbers', { timeout: 180_000 }, async (ctx) => {
    needSoffice(ctx);
    for (const format of ['cards-xlsx', 'cards-csv'] as const) {
      const file = path.join(dir, `office-${format}.${format === 'cards-xlsx' ? 'xlsx' : 'csv'}`);
      await writeExport(app.ctx.db, format, file, { locale: 'zh-CN' });
      const shown = asLibreOfficeShowsIt(file);
      expect(shown[0]).toEqual(balanceHeader);
      const row = shown.find((r) => r[1] === '王丽华');
      expect(row?.slice(0, 7)).toEqual(
        ['00012', '王丽华', '13800138000', '280', '376.55', '50', '426.55'].map((v, i) =>
          i === 5 ? expect.stringMatching(/^50(\.00)?$/) : v,
        ),
      );
    }
  });
});

describe('a customer’s ledger file', () => {
  it('holds every line oldest first: day, time, what, which balance, change, balance after, reason and diary line', async () => {
    const file = await call<{ fileName: string; contentType: string; base64: string }>(app, 'cards.ledgerFile', {
      customerId: wang.id,
      format: 'csv',
    });
    expect(file.fileName).toBe('shuke-card-ledger-王丽华-2026-11-24.csv');
    expect(file.contentType).toBe('text/csv; charset=utf-8');
    const rows = parse(Buffer.from(file.base64, 'base64').toString('utf8'));
    expect(rows[0]).toEqual(['日期', '时间', '项目', '账户', '变动', '变动后余额', '原因', '日记']);
    expect(rows.slice(1).map((r) => r.slice(2, 7))).toEqual([
      expect.arrayContaining([]),
      expect.arrayContaining([]),
      ['余额支付', '本金（CNY）', '-123.45', '376.55', ''],
      ['得积分', '积分', '300', '300', ''],
      ['办次卡', '次卡 洗车', '10', '10', ''],
      ['用次卡', '次卡 洗车', '-1', '9', ''],
      ['更正', '积分', '-20', '280', '多记了'],
    ]);
    // Principal and bonus of the top-up share a moment; both are there.
    expect(
      rows
        .slice(1, 3)
        .map((r) => r.slice(2, 6))
        .sort(),
    ).toEqual([
      ['充值', '本金（CNY）', '500.00', '500.00'],
      ['充值', '赠送（CNY）', '50.00', '50.00'],
    ]);
    expect(rows[1]?.slice(0, 2)).toEqual(['2026-11-24', '17:00']);
    expect(rows[1]?.[7]).toBe('充值 ¥500.00，送 ¥50.00；余额 ¥550.00');
  });

  it('opens in LibreOffice as .xlsx in the language asked, with changes as numbers', { timeout: 180_000 }, async (ctx) => {
    needSoffice(ctx);
    const answer = await call<{ fileName: string; base64: string }>(app, 'cards.ledgerFile', {
      customerId: wang.id,
      format: 'xlsx',
      lang: 'en',
    });
    const file = path.join(dir, answer.fileName);
    fs.writeFileSync(file, Buffer.from(answer.base64, 'base64'));
    const shown = asLibreOfficeShowsIt(file);
    expect(shown[0]).toEqual(['Date', 'Time', 'What', 'Balance', 'Change', 'Balance after', 'Reason', 'Diary line']);
    expect(shown.find((r) => r[2] === 'Paid from balance')?.slice(3, 6)).toEqual(['Paid in (CNY)', '-123.45', '376.55']);
  });

  it('is refused for a customer the book does not hold', async () => {
    const refused = await app.dispatch('cards.ledgerFile', { customerId: '00000000-0000-4000-8000-000000000000', format: 'csv' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

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
  return parse(fs.readFileSync(shown, 'utf8'));
}
