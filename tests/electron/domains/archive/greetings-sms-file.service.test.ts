import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Customer } from '../../../../shared/contract';
import { call, createTestApp, dumpRows, type TestApp } from '../../../helpers/create-test-db';

let app: TestApp;
afterEach(async () => {
  await app.close();
});

type File = { fileName: string; contentType: string; base64: string; rows: number };

async function batchOf() {
  app = await createTestApp('zh-CN');
  const wang = await call<Customer>(app, 'customers.create', {
    name: '王丽华',
    phones: [{ number: '13800138821' }, { number: '0755-1234' }],
  });
  const formula = await call<Customer>(app, 'customers.create', { name: '=cmd', phones: [{ number: '013900001234' }] });
  const nophone = await call<Customer>(app, 'customers.create', { name: '没有电话' });
  const refused = await call<Customer>(app, 'customers.create', { name: '不要营销', phones: [{ number: '13700000000' }] });
  await call(app, 'greetings.setChoice', { customerId: refused.id, noMarketing: true });
  const ids = [wang.id, formula.id, nophone.id, refused.id];
  const batch = await call<{ batchId: string }>(app, 'greetings.drafts', {
    occasion: { kind: 'festival', festival: 'mid_autumn', year: 2027 },
    audience: { customerIds: ids },
  });
  const rows = [
    { customerId: wang.id, text: '中秋快乐，\n王姐' },
    { customerId: formula.id, text: '+1' },
    { customerId: nophone.id, text: '中秋快乐' },
    { customerId: refused.id, text: '中秋快乐' },
  ];
  return { batchId: batch.batchId, rows };
}

describe('the SMS file of a batch', () => {
  it('as CSV: phones kept as text, formulas guarded, the words as edited, no one without a phone or who said no', async () => {
    const { batchId, rows } = await batchOf();
    const file = await call<File>(app, 'greetings.smsFile', { batchId, format: 'csv', rows });
    expect(file.rows).toBe(2);
    expect(file.fileName).toBe('问候短信-中秋节 2027.csv');
    expect(Buffer.from(file.base64, 'base64').toString('utf8')).toBe(
      '\uFEFF手机,姓名,短信内容\r\n"=""13800138821""",王丽华,"中秋快乐，\n王姐"\r\n"=""013900001234""",\'=cmd,\'+1\r\n',
    );
  });

  it('as Excel: the phone a text cell with its leading zero, headers in the language asked for', async () => {
    const { batchId, rows } = await batchOf();
    const file = await call<File>(app, 'greetings.smsFile', { batchId, format: 'xlsx', rows, lang: 'en' });
    expect(file.fileName).toBe('greetings-中秋节 2027.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Uint8Array.from(Buffer.from(file.base64, 'base64')).buffer);
    const sheet = book.worksheets[0];
    expect(sheet?.name).toBe('Greetings');
    const values = (n: number) => (sheet?.getRow(n).values as ExcelJS.CellValue[]).slice(1);
    expect([1, 2, 3].map(values)).toEqual([
      ['Phone', 'Name', 'Message'],
      ['13800138821', '王丽华', '中秋快乐，\n王姐'],
      ['013900001234', '=cmd', '+1'],
    ]);
    expect(sheet?.rowCount).toBe(3);
  });

  it('refuses a batch the book does not know and writes nothing', async () => {
    const { rows } = await batchOf();
    const before = dumpRows(app.sqlite);
    const reply = await app.dispatch('greetings.smsFile', { batchId: rows[0]?.customerId, format: 'csv', rows });
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error.message).not.toMatch(/undefined|Error/);
    expect(dumpRows(app.sqlite)).toEqual(before);
  });
});
