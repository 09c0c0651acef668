import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Customer, Entry } from '../../../../shared/contract';
import type { MemberCard } from '../../../../shared/contract/cards.contract';
import { guessMapping } from '../../../../shared/domain/import-columns';
import { call, createTestApp, dumpRows, type TestApp } from '../../../helpers/create-test-db';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp('zh-CN');
});
afterEach(async () => {
  await app.close();
});

interface Problem {
  kind: string;
  value: string;
}
interface Preview {
  rows: {
    row: number;
    name: string;
    card: { number: string | null; points: number; principal: number; bonus: number; punches: { kind: string; count: number }[] } | null;
    problems: Problem[];
  }[];
  problems: { row: number; problems: Problem[] }[];
}
interface RunOutput {
  added: number;
  merged: number;
  cards: number;
  left: { rows: { row: number; problems: Problem[] }[] };
}

const csv = (text: string) => ({ kind: 'csv', text });

async function customerNamed(name: string): Promise<Customer> {
  const { items } = await call<{ items: Customer[] }>(app, 'customers.list', {});
  const found = items.find((c) => c.name === name);
  if (found === undefined) throw new Error(`no ${name}`);
  return found;
}

const cardOf = async (customerId: string) => (await call<{ card: MemberCard | null }>(app, 'cards.get', { customerId })).card;

const ledgerOf = (customerId: string) =>
  app.sqlite
    .prepare('SELECT purse, kind, delta, balance_after AS after FROM card_movements WHERE customer_id = ? ORDER BY purse')
    .all(customerId) as { purse: string; kind: string; delta: number; after: number }[];

describe('the columns of another system’s member export', () => {
  it('are told apart from the customer columns and from totals that are not balances', () => {
    expect(
      guessMapping(['会员卡号', '会员姓名', '手机', '储值余额', '赠送余额', '可用积分', '累计积分', '洗车剩余次数', '消费次数']),
    ).toEqual(['cardNumber', 'name', 'phone', 'cardPrincipal', 'cardBonus', 'cardPoints', null, 'cardPunches', null]);
    expect(guessMapping(['姓名', '卡号', '余额', '积分', '次卡', '剩余次数'])).toEqual([
      'name',
      'cardNumber',
      'cardPrincipal',
      'cardPoints',
      'cardPunchKind',
      'cardPunches',
    ]);
  });
});

describe('importing opening balances', () => {
  it('opens a card for each new customer with opening movements and a diary line saying where they came from', async () => {
    const file = csv(
      '姓名,手机,卡号,余额,赠送余额,积分,次卡,剩余次数\n' +
        '王丽华,13800138000,A001,"¥1,230.50",30,120,洗车,5\n' +
        '李四,13900139000,A002,0,,,,\n' +
        '张三,13700137000,,,,,,\n',
    );
    const preview = await call<Preview>(app, 'import.preview', { file });
    expect(preview.problems).toEqual([]);
    expect(preview.rows[0]?.card).toEqual({
      number: 'A001',
      points: 120,
      principal: 123_050,
      bonus: 3_000,
      punches: [{ kind: '洗车', count: 5 }],
    });
    expect(preview.rows[2]?.card).toBeNull();
    const run = await call<RunOutput>(app, 'import.run', { file });
    expect(run).toMatchObject({ added: 3, cards: 2 });

    const wang = await customerNamed('王丽华');
    expect(await cardOf(wang.id)).toMatchObject({
      number: 'A001',
      points: 120,
      value: { principal: 123_050, bonus: 3_000, total: 126_050 },
      punchCards: [{ kind: '洗车', uses: 5, remaining: 5 }],
    });
    expect(ledgerOf(wang.id).map((l) => [l.purse, l.kind, l.delta, l.after])).toEqual([
      ['bonus', 'opening', 3_000, 3_000],
      ['points', 'opening', 120, 120],
      ['principal', 'opening', 123_050, 123_050],
      ['punch', 'opening', 5, 5],
    ]);
    const { items } = await call<{ items: Entry[] }>(app, 'entries.timeline', { customerId: wang.id });
    expect(items.map((e) => e.text)).toEqual([
      '期初余额（从原来的系统导入，卡号 A001）：积分 120，余额 ¥1,260.50（含赠送 ¥30.00），洗车卡 5 次',
    ]);
    // A card number alone opens an empty card, with nothing in its ledger or diary; no card columns, no card.
    const li = await customerNamed('李四');
    expect(await cardOf(li.id)).toMatchObject({ number: 'A002', points: 0, value: { total: 0 } });
    expect(ledgerOf(li.id)).toEqual([]);
    expect(await cardOf((await customerNamed('张三')).id)).toBeNull();
  });

  it('names a punch card the file gives no kind for in the book’s language', async () => {
    await call(app, 'import.run', { file: csv('姓名,剩余次数\n王五,3\n') });
    expect((await cardOf((await customerNamed('王五')).id))?.punchCards).toMatchObject([{ kind: '计次', remaining: 3 }]);
  });

  it('gives a customer already in the book, whose card has no movements, the opening and the number', async () => {
    const wang = await call<Customer>(app, 'customers.create', { name: '王丽华', phones: [{ number: '13800138000' }] });
    await call(app, 'cards.open', { customerId: wang.id });
    const run = await call<RunOutput>(app, 'import.run', { file: csv('姓名,手机,卡号,余额\n王丽华,13800138000,A001,500\n') });
    expect(run).toMatchObject({ added: 0, merged: 1, cards: 1 });
    expect(await cardOf(wang.id)).toMatchObject({ number: 'A001', value: { principal: 50_000 } });
  });

  it('refuses, row by row, amounts below zero or unreadable and a card number another customer holds, writing nothing', async () => {
    const holder = await call<Customer>(app, 'customers.create', { name: '赵六' });
    await call(app, 'cards.open', { customerId: holder.id, number: 'A001' });
    const file = csv(
      '姓名,卡号,余额,积分\n' +
        '王丽华,A001,100,10\n' +
        '李四,B002,-50,10\n' +
        '张三,B003,一百,1.5\n' +
        '孙七,B004,12.345,\n' +
        '周八,B004,1,\n',
    );
    const preview = await call<Preview>(app, 'import.preview', { file });
    expect(preview.problems).toEqual([
      { row: 2, problems: [{ kind: 'cardNumberTaken', value: 'A001' }] },
      { row: 3, problems: [{ kind: 'cardNegative', value: '-50' }] },
      {
        row: 4,
        problems: [
          { kind: 'cardMoney', value: '一百' },
          { kind: 'cardCount', value: '1.5' },
        ],
      },
      { row: 5, problems: [{ kind: 'cardMoney', value: '12.345' }] },
    ]);
    const before = dumpRows(app.sqlite);
    expect(await app.dispatch('import.run', { file })).toMatchObject({
      ok: false,
      error: { key: 'importRowProblems', params: { count: 4, row: 2 } },
    });
    expect(dumpRows(app.sqlite)).toEqual(before);
    // Left out, the good row comes in; the second use of B004 in the same file is refused once the first is taken.
    const run = await call<RunOutput>(app, 'import.run', {
      file: csv('姓名,卡号,余额\n孙七,B004,12.34\n周八,B004,1\n'),
      problemRows: 'skip',
    });
    expect(run).toMatchObject({ added: 1, cards: 1, left: { rows: [{ row: 3, problems: [{ kind: 'cardNumberTaken', value: 'B004' }] }] } });
  });

  it('never adds an opening to a card that already has movements: importing the same file twice cannot double a balance', async () => {
    const file = csv('姓名,手机,卡号,余额,积分\n王丽华,13800138000,A001,500,80\n');
    await call(app, 'import.run', { file });
    const wang = await customerNamed('王丽华');
    const before = dumpRows(app.sqlite);
    expect(await app.dispatch('import.run', { file })).toMatchObject({
      ok: false,
      error: { key: 'importRowProblems', params: { count: 1 } },
    });
    expect(dumpRows(app.sqlite)).toEqual(before);
    const preview = await call<Preview>(app, 'import.preview', { file });
    expect(preview.problems).toEqual([{ row: 2, problems: [{ kind: 'cardHasLedger', value: '王丽华' }] }]);
    expect(await cardOf(wang.id)).toMatchObject({ points: 80, value: { principal: 50_000 } });
    // Added as a new customer instead, the row is someone else: their card number is still taken.
    expect(await app.dispatch('import.run', { file, duplicates: 'add' })).toMatchObject({ ok: false, error: { key: 'importRowProblems' } });
    // Skipped, the row asks nothing of the card.
    expect(await call<RunOutput>(app, 'import.run', { file, duplicates: 'skip' })).toMatchObject({ added: 0, cards: 0 });
  });

  it('refuses a second row for the same customer in one file, and another number than their card’s', async () => {
    const wang = await call<Customer>(app, 'customers.create', { name: '王丽华', phones: [{ number: '13800138000' }] });
    await call(app, 'cards.open', { customerId: wang.id, number: 'A001' });
    const preview = await call<Preview>(app, 'import.preview', {
      file: csv('姓名,手机,卡号,积分\n王丽华,13800138000,B009,10\n王丽华,13800138000,,10\n'),
    });
    expect(preview.problems).toEqual([
      { row: 2, problems: [{ kind: 'cardNumberOther', value: 'A001' }] },
      { row: 3, problems: [{ kind: 'cardHasLedger', value: '王丽华' }] },
    ]);
  });

  it('reads a New Taiwan dollar book’s balances in whole dollars', async () => {
    await call(app, 'settings.update', { currency: 'TWD' });
    const preview = await call<Preview>(app, 'import.preview', { file: csv('姓名,餘額\n林小姐,"NT$1,200"\n陳先生,12.5\n') });
    expect(preview.rows[0]?.card?.principal).toBe(1_200);
    expect(preview.problems).toEqual([{ row: 3, problems: [{ kind: 'cardMoney', value: '12.5' }] }]);
  });
});
