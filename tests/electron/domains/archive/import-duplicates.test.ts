import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Customer, ImportantDate, Recall } from '../../../../shared/contract';
import { call, createTestApp, dumpRows, type TestApp } from '../../../helpers/create-test-db';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp('zh-CN');
});
afterEach(async () => {
  await app.close();
});

interface RunOutput {
  added: number;
  merged: number;
  skipped: number;
  left: { headers: string[]; rows: { row: number; cells: string[]; problems: { kind: string; value: string }[] }[] };
}

const csv = (text: string) => ({ kind: 'csv', text });

async function names(): Promise<string[]> {
  const { items } = await call<{ items: { name: string }[] }>(app, 'customers.list', {});
  return items.map((c) => c.name).sort();
}

describe('importing people already in the book', () => {
  it('merges a matching row by adding only what the book is missing, and never changes what it holds', async () => {
    const wang = await call<Customer>(app, 'customers.create', {
      name: '王梓萱',
      phones: [{ number: '13800138000' }],
      about: '老顾客，喜欢安静',
      tags: ['VIP'],
    });
    const file = csv(
      '姓名,手机,邮箱,公司,生日,标签,喜好,备注\n' +
        '王小萱,138 0013 8000 / 13911112222,wang@example.com,梓萱花艺,1990/5/12,vip、花艺,真丝、藏青,不要打电话太早\n',
    );
    const preview = await call<{ matchCount: number; matches: { row: number; match: { name: string; reason: string } }[] }>(
      app,
      'import.preview',
      { file },
    );
    expect(preview.matchCount).toBe(1);
    expect(preview.matches[0]).toMatchObject({ row: 2, match: { name: '王梓萱', reason: 'phone' } });

    const result = await call<RunOutput>(app, 'import.run', { file });
    expect(result).toMatchObject({ added: 0, merged: 1, skipped: 0 });
    expect(await names()).toEqual(['王梓萱']);
    const after = await call<Customer>(app, 'customers.get', { id: wang.id });
    expect(after).toMatchObject({ name: '王梓萱', about: '老顾客，喜欢安静', email: 'wang@example.com', company: '梓萱花艺' });
    expect(after.phones.map((p) => p.number)).toEqual(['13800138000', '13911112222']);
    expect(after.tags.sort()).toEqual(['VIP', '花艺']);
    const recall = await call<Recall>(app, 'recall', { customerId: wang.id });
    expect(recall.likes.map((l) => l.value)).toEqual(['真丝', '藏青']);
    const dates = await call<{ items: ImportantDate[] }>(app, 'dates.list', { customerId: wang.id, today: '2026-11-24' });
    expect(dates.items.map((d) => [d.kind, d.month, d.day])).toEqual([['birthday', 5, 12]]);
    // Their own notes differ from the book's: kept as a diary line, the book's words untouched.
    const { items } = await call<{ items: { text: string }[] }>(app, 'entries.timeline', { customerId: wang.id });
    expect(items.map((e) => e.text)).toEqual(['不要打电话太早']);
    expect(await call(app, 'lookup', { query: '2222' })).toMatchObject({ hits: [{ name: '王梓萱' }] });

    // The same file again adds nothing more (settings only mark the day's values to be worked out again).
    const counts = () =>
      Object.entries(dumpRows(app.sqlite))
        .filter(([table]) => table !== 'settings')
        .map(([table, rows]) => [table, rows.length]);
    const before = counts();
    expect(await call<RunOutput>(app, 'import.run', { file })).toMatchObject({ added: 0, merged: 1 });
    expect(counts()).toEqual(before);
  });

  it('matches by email and by name with the same phone ending, and follows the choice made for each row', async () => {
    await call(app, 'customers.create', { name: '李娜', email: 'lina@example.com' });
    await call(app, 'customers.create', { name: '赵敏', phones: [{ number: '+86 139 0000 5678' }] });
    await call(app, 'customers.create', { name: '孙丽', phones: [{ number: '13600007777' }] });
    const file = csv('姓名,手机,邮箱\n李娜,,LINA@example.com\n赵敏,021-5555-5678,\n孙丽,136 0000 7777,\n陈美玲,13700001111,\n');
    const preview = await call<{ matches: { row: number; match: { reason: string } }[] }>(app, 'import.preview', { file });
    expect(preview.matches.map((m) => [m.row, m.match.reason])).toEqual([
      [2, 'email'],
      [3, 'name'],
      [4, 'phone'],
    ]);
    const result = await call<RunOutput>(app, 'import.run', {
      file,
      duplicates: 'skip',
      choices: [{ row: 3, choice: 'add' }],
    });
    expect(result).toMatchObject({ added: 2, merged: 0, skipped: 2 });
    expect(await names()).toEqual(['孙丽', '李娜', '赵敏', '赵敏', '陈美玲']);
  });

  it('imports the good rows and hands back the others when asked, in one transaction; refuses the file otherwise', async () => {
    const file = csv('姓名,手机,生日\n张三,无,1985/3/12\n王五,13900001111,\n李四,13800138000,明年\n');
    const before = dumpRows(app.sqlite);
    const refused = await app.dispatch('import.run', { file });
    expect(refused).toMatchObject({ ok: false, error: { key: 'importRowProblems', params: { count: 2, row: 2 } } });
    expect(dumpRows(app.sqlite)).toEqual(before);

    const dry = await call<RunOutput>(app, 'import.run', { file, problemRows: 'skip', dryRun: true });
    expect(dry).toMatchObject({ added: 1, merged: 0, skipped: 0 });
    expect(dumpRows(app.sqlite)).toEqual(before);

    const result = await call<RunOutput>(app, 'import.run', { file, problemRows: 'skip' });
    expect(result.added).toBe(1);
    expect(result.left).toEqual({
      headers: ['姓名', '手机', '生日'],
      rows: [
        { row: 2, cells: ['张三', '无', '1985/3/12'], problems: [{ kind: 'phone', value: '无' }] },
        { row: 4, cells: ['李四', '13800138000', '明年'], problems: [{ kind: 'birthday', value: '明年' }] },
      ],
    });
    expect(await names()).toEqual(['王五']);
  });

  it('refuses a workbook that is not one, and a vCard without contacts, changing nothing', async () => {
    const before = dumpRows(app.sqlite);
    const notZip = await app.dispatch('import.preview', { file: { kind: 'xlsx', base64: Buffer.from('姓名,手机\n').toString('base64') } });
    expect(notZip.ok).toBe(false);
    const empty = await app.dispatch('import.run', { file: { kind: 'vcard', text: 'hello' } });
    expect(empty).toMatchObject({ ok: false, error: { key: 'importNoContacts' } });
    expect(dumpRows(app.sqlite)).toEqual(before);
  });
});
