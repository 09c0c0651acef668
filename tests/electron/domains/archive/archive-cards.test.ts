import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Customer } from '../../../../shared/contract';
import type { Archive } from '../../../../shared/contract/archive.schema';
import type { MemberCard } from '../../../../shared/contract/cards.contract';
import { writeExport } from '../../../../electron/domains/archive/export.service';
import { importArchive } from '../../../../electron/domains/archive/import-archive.service';
import { call, createTestApp, dumpRows, type TestApp } from '../../../helpers/create-test-db';

let dir: string;
const opened: TestApp[] = [];
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-archive-cards-'));
});
afterEach(async () => {
  for (const app of opened.splice(0)) await app.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function book(): Promise<TestApp> {
  const app = await createTestApp();
  opened.push(app);
  return app;
}

/** A customer with a card: a top-up with a bonus, a payment, points, and a punch card used once. */
async function withCard(): Promise<{ app: TestApp; customer: Customer; file: string; archive: Archive }> {
  const app = await book();
  await call(app, 'cards.setRules', { pointsPerUnit: 1, tierMultipliers: {}, bonusTiers: [{ from: 50_000, bonus: 5_000 }] });
  const customer = await call<Customer>(app, 'customers.create', { name: '王丽华' });
  await call(app, 'cards.open', { customerId: customer.id, number: 'A001' });
  await call(app, 'cards.move', { customerId: customer.id, request: { kind: 'top_up', principal: 50_000 } });
  await call(app, 'cards.move', { customerId: customer.id, request: { kind: 'pay', amount: 12_000 } });
  await call(app, 'cards.move', { customerId: customer.id, request: { kind: 'earn', points: 120 } });
  const sold = await call<{ card: MemberCard }>(app, 'cards.move', {
    customerId: customer.id,
    request: { kind: 'sell_punch', punchKind: '洗车', uses: 10 },
  });
  await call(app, 'cards.move', { customerId: customer.id, request: { kind: 'punch', punchId: sold.card.punchCards[0]?.id } });
  const file = path.join(dir, 'book.json');
  await writeExport(app.ctx.db, 'json', file);
  return { app, customer, file, archive: JSON.parse(fs.readFileSync(file, 'utf8')) as Archive };
}

const cardTables = (app: TestApp) => {
  const rows = dumpRows(app.sqlite);
  return { member_cards: rows.member_cards, punch_cards: rows.punch_cards, card_movements: rows.card_movements };
};

describe('member cards in the JSON archive', () => {
  it('travel whole to a new book: the card, its punch cards and every ledger line, as stored', async () => {
    const { app, customer, file } = await withCard();
    const fresh = await book();
    const report = await importArchive(fresh.ctx.db, file);
    expect(report).toMatchObject({ customers: 1, cards: 1 });
    expect(cardTables(fresh)).toEqual(cardTables(app));
    const { card } = await call<{ card: MemberCard }>(fresh, 'cards.get', { customerId: customer.id });
    expect(card).toMatchObject({ number: 'A001', points: 120, value: { principal: 38_000, bonus: 5_000, total: 43_000 } });
    expect(card.punchCards[0]).toMatchObject({ kind: '洗车', remaining: 9 });
  });

  it('leave a customer’s card in the book as it is when they already have one', async () => {
    const { app, file } = await withCard();
    const before = cardTables(app);
    expect(await importArchive(app.ctx.db, file)).toMatchObject({ customersAlreadyThere: 1, cards: 0 });
    expect(cardTables(app)).toEqual(before);
  });

  it('refuse an archive whose ledger does not add up, or whose lines are another’s, writing nothing', async () => {
    const { archive } = await withCard();
    const owner = archive.customers[0];
    if (owner === undefined) throw new Error('no customer');
    const tampered = structuredClone(archive);
    const line = tampered.customers[0]?.cardMovements[0];
    if (line === undefined) throw new Error('no ledger');
    line.balance_after += 100;
    const orphan = structuredClone(archive);
    const first = orphan.customers[0];
    if (first === undefined) throw new Error('no customer');
    first.card = null;
    for (const [edited, problem] of [
      [tampered, 'a balance it records is not the sum of the ledger before it'],
      [orphan, 'it moves a member card the customer does not have in the archive'],
    ] as const) {
      const fresh = await book();
      const file = path.join(dir, `edited-${problem.length}.json`);
      fs.writeFileSync(file, JSON.stringify(edited));
      const before = dumpRows(fresh.sqlite);
      await expect(importArchive(fresh.ctx.db, file)).rejects.toMatchObject({ said: { key: 'importArchiveProblems' } });
      await expect(importArchive(fresh.ctx.db, file)).rejects.toThrow(problem);
      expect(dumpRows(fresh.sqlite)).toEqual(before);
    }
  });

  it('are part of what a customer may ask to see about themselves', async () => {
    const { app, customer } = await withCard();
    const everything = await call<Archive['customers'][number]>(app, 'customers.everything', { id: customer.id });
    expect(everything.card).toMatchObject({ number: 'A001' });
    expect(everything.cardMovements.length).toBeGreaterThanOrEqual(5);
  });
});
