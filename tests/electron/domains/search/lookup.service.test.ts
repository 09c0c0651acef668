import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Customer, LookupHit } from '../../../../shared/contract';
import { call, createTestApp, type TestApp } from '../../../helpers/create-test-db';

let app: TestApp;
const ids = new Map<string, string>();

async function customer(key: string, input: object, visitAt?: string) {
  const c = await call<Customer>(app, 'customers.create', input);
  ids.set(key, c.id);
  if (visitAt !== undefined) await call(app, 'entries.add', { customerId: c.id, kind: 'visit', text: '来过', occurredAt: visitAt });
  return c;
}

async function names(query: string): Promise<string[]> {
  const { hits } = await call<{ hits: LookupHit[] }>(app, 'lookup', { query });
  return hits.map((h) => h.name);
}

beforeAll(async () => {
  app = await createTestApp('zh-CN');
  await customer('zhangsan', { name: '张三', gender: 'male', phones: [{ number: '+86 138-0013-8821' }] }, '2026-11-01T10:00:00Z');
  await customer('zhangsanfeng', { name: '张三丰', phones: [{ number: '13900001234' }] }, '2026-10-01T10:00:00Z');
  await customer('wanglihua', { name: '王丽华', addressAs: '王姐', company: '华美服饰', tags: ['VIP'] }, '2026-09-01T10:00:00Z');
  await customer('chen', { name: '陳美玲', phones: [{ number: '0912-345-678' }] });
  await customer('shan', { name: '单雄信' });
  await customer('zeng', { name: '曾国藩' });
  await customer('xie', { name: '解晓东' });
  await customer('ou', { name: '区志强' });
  await customer('zha', { name: '查良镛' });
  await customer('qiu', { name: '仇英' });
  await customer('piao', { name: '朴树' });
  await customer('ge', { name: '盖聂' });
  await customer('yue', { name: '乐嘉' });
  await customer('yuchi', { name: '尉迟恭' });
  await customer('smith', { name: 'Anna Maria Smith', email: 'anna@harbour.example', phones: [{ number: '021-64381234' }] });
  const noted = await customer('noted', { name: '李娜' });
  await call(app, 'entries.add', {
    customerId: noted.id,
    kind: 'note',
    text: '上次的外套拉链坏了，答应帮她换一个。\n\nShe prefers the zip version.',
  });
  await call(app, 'preferences.set', { customerId: noted.id, polarity: 'like', category: 'colour', value: '藏青' });
});
afterAll(async () => {
  await app.close();
});

describe('lookup', () => {
  it.each([
    ['张三', ['张三', '张三丰']],
    ['张', ['张三', '张三丰']],
    ['三丰', ['张三丰']],
    ['丽华', ['王丽华']],
    ['华', ['王丽华']],
    ['zs', ['张三', '张三丰']],
    ['zsf', ['张三丰']],
    ['zhangsan', ['张三', '张三丰']],
    ['zhangs', ['张三', '张三丰']],
    ['wlh', ['王丽华']],
    ['王姐', ['王丽华']],
    ['华美', ['王丽华']],
    ['vip', ['王丽华']],
    ['陈美玲', ['陳美玲']],
    ['陳', ['陳美玲']],
    ['張三', ['张三', '张三丰']],
    ['麗華', ['王丽华']],
    ['cml', ['陳美玲']],
    ['shanxiongxin', ['单雄信']],
    ['zengguofan', ['曾国藩']],
    ['xiexiaodong', ['解晓东']],
    ['ouzhiqiang', ['区志强']],
    ['zhaliangyong', ['查良镛']],
    ['qiuying', ['仇英']],
    ['piaoshu', ['朴树']],
    ['genie', ['盖聂']],
    ['yuejia', ['乐嘉']],
    ['yuchigong', ['尉迟恭']],
    ['ycg', ['尉迟恭']],
    ['anna', ['Anna Maria Smith']],
    ['smith', ['Anna Maria Smith']],
    ['Maria', ['Anna Maria Smith']],
    ['harbour', ['Anna Maria Smith']],
    ['8821', ['张三']],
    ['821', ['张三']],
    ['13800138821', ['张三']],
    ['+86 138-0013-8821', ['张三']],
    ['138 0013', ['张三']],
    ['678', ['陳美玲']],
    ['64381234', ['Anna Maria Smith']],
    ['拉链', ['李娜']],
    ['外套拉链', ['李娜']],
    ['zip', ['李娜']],
    ['藏青', ['李娜']],
    ['nobody', []],
    ['没有这个人', []],
    ['99999', []],
  ])('%s → %j', async (query, expected) => {
    expect(await names(query)).toEqual(expected);
  });

  it('says why each customer matched', async () => {
    const reasons = async (query: string) => (await call<{ hits: LookupHit[] }>(app, 'lookup', { query })).hits.map((h) => h.reason);
    expect(await reasons('8821')).toEqual([{ kind: 'phoneTail', text: '8821' }]);
    expect(await reasons('+86 138 0013 8821')).toEqual([{ kind: 'phone', text: '13800138821' }]);
    expect(await reasons('zs')).toEqual([
      { kind: 'initials', text: 'zs' },
      { kind: 'initials', text: 'zsf' },
    ]);
    const [note] = await reasons('拉链');
    expect(note?.kind).toBe('note');
    expect(note?.text).toContain('拉链坏了');
  });

  it('puts the exact name first, then prefixes by latest visit, then other fields, then diary', async () => {
    await customer('zhangsan2', { name: '张三', phones: [{ number: '13700000000' }] }, '2026-11-20T10:00:00Z');
    const { hits } = await call<{ hits: LookupHit[] }>(app, 'lookup', { query: '张三' });
    // Two 张三: the one seen most recently first, told apart by phone tail.
    expect(hits.map((h) => [h.name, h.phoneTail])).toEqual([
      ['张三', '0000'],
      ['张三', '8821'],
      ['张三丰', '1234'],
    ]);
  });

  it('shows the last purchase to tell people apart', async () => {
    const id = ids.get('zhangsanfeng') ?? '';
    await call(app, 'entries.add', {
      customerId: id,
      kind: 'purchase',
      lines: [{ item: '羊毛衫', colour: '灰', size: 'M' }],
      occurredAt: '2026-10-02T10:00:00Z',
    });
    const { hits } = await call<{ hits: LookupHit[] }>(app, 'lookup', { query: 'zsf' });
    expect(hits[0]?.lastPurchase).toEqual({ item: '羊毛衫', colour: '灰', size: 'M', occurredAt: '2026-10-02T10:00:00.000Z' });
  });

  it('stays current: renames, new phones, archiving and deleted entries show at once', async () => {
    const c = await customer('temp', { name: '赵六' });
    expect(await names('zhaoliu')).toEqual(['赵六']);
    await call(app, 'customers.update', { id: c.id, patch: { name: '钱七', phones: [{ number: '18612345555' }] } });
    expect(await names('zhaoliu')).toEqual([]);
    expect(await names('qq')).toEqual(['钱七']);
    expect(await names('5555')).toEqual(['钱七']);
    const entry = await call<{ id: string }>(app, 'entries.add', { customerId: c.id, kind: 'note', text: '喜欢铆钉皮衣' });
    expect(await names('铆钉')).toEqual(['钱七']);
    await call(app, 'entries.delete', { id: entry.id });
    expect(await names('铆钉')).toEqual([]);
    await call(app, 'entries.restore', { id: entry.id });
    expect(await names('铆钉')).toEqual(['钱七']);
    await call(app, 'entries.update', { id: entry.id, patch: { text: '喜欢流苏' } });
    expect(await names('铆钉')).toEqual([]);
    expect(await names('流苏')).toEqual(['钱七']);
    await call(app, 'customers.archive', { id: c.id, archived: true });
    expect(await names('qq')).toEqual([]);
  });

  it('treats query syntax as plain text', async () => {
    for (const query of ['"', 'AND OR NOT', 'zip*', '(拉链', "'; DROP TABLE customers; --", 'NEAR(a b)']) {
      const result = await app.dispatch('lookup', { query });
      expect(result.ok, query).toBe(true);
    }
  });
});
