import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Customer } from '../../../../shared/contract';
import { normalizePhone } from '../../../../shared/domain/phone';
import { matchInBook, type MatchCandidate } from '../../../../electron/domains/duplicates/book-matches.service';
import { call, createTestApp, type TestApp } from '../../../helpers/create-test-db';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp();
});
afterEach(async () => {
  await app.close();
});

// The book may already hold duplicates (imports, older versions): they are added on purpose here.
const add = (input: object) => call<Customer>(app, 'customers.create', { ...input, allowDuplicate: true });

describe('matchInBook', () => {
  it('answers each candidate in order: the same phone, else the same email, else the same name with the same phone tail', async () => {
    const wang = await add({ name: '王梓萱', phones: [{ number: '+86 138 0013 8821' }] });
    const anna = await add({ name: 'Anna', email: 'Anna@Example.com' });
    const zhang = await add({ name: '张三', phones: [{ number: '13900001111' }] });
    const answers = await matchInBook(app.ctx.db, [
      { name: '', phones: ['13800138821'], email: null },
      { name: 'Someone', phones: [], email: '  anna@EXAMPLE.com ' },
      { name: '张三', phones: ['137 0000 1111'], email: null },
      { name: '张三', phones: ['137 0000 2222'], email: null },
      { name: '李四', phones: ['0086 138-0013-8821'], email: 'anna@example.com' },
      { name: '', phones: [], email: null },
    ]);
    expect(answers).toEqual([
      { customerId: wang.id, reason: 'phone' },
      { customerId: anna.id, reason: 'email' },
      { customerId: zhang.id, reason: 'name' },
      null,
      { customerId: wang.id, reason: 'phone' },
      null,
    ]);
  });

  it('leaves out the customer being edited and customers in the archive; short numbers match nobody by phone', async () => {
    const a = await add({ name: '王梓萱', phones: [{ number: '13800138821' }], email: 'wang@example.com' });
    const archived = await add({ name: '李娜', phones: [{ number: '13900139000' }] });
    await call(app, 'customers.archive', { id: archived.id, archived: true });
    await add({ name: '小店', phones: [{ number: '8821' }] });
    expect(
      await matchInBook(app.ctx.db, [
        { name: '王梓萱', phones: ['13800138821'], email: 'WANG@example.com', excludeId: a.id },
        { name: '李娜', phones: ['13900139000'], email: null },
        { name: '', phones: ['8821'], email: null },
      ]),
    ).toEqual([null, null, null]);
  });

  it('names the customer with the most visits when several share the phone', async () => {
    const first = await add({ name: '丽华', phones: [{ number: '13800138821' }] });
    const regular = await add({ name: '王丽华', phones: [{ number: '138 0013 8821' }] });
    for (const day of ['2026-09-01', '2026-10-01']) {
      await call(app, 'entries.add', { customerId: regular.id, kind: 'visit', text: '来了', occurredAt: `${day}T04:00:00Z` });
    }
    expect(await matchInBook(app.ctx.db, [{ name: '', phones: ['13800138821'], email: null }])).toEqual([
      { customerId: regular.id, reason: 'phone' },
    ]);
    expect(await matchInBook(app.ctx.db, [{ name: '', phones: ['13800138821'], email: null, excludeId: regular.id }])).toEqual([
      { customerId: first.id, reason: 'phone' },
    ]);
  });

  it('agrees with a plain reading of the rules on random books', async () => {
    const digits = fc.constantFrom('13800138821', '13900138821', '13800001111', '021-6438 1111', '+86 13800001111', '8821');
    const person = fc.record({
      name: fc.constantFrom('', '张三', '李四', 'Anna'),
      phones: fc.uniqueArray(digits, { maxLength: 2, selector: normalizePhone }),
      email: fc.constantFrom(null, 'a@x.cn', 'A@X.cn', 'b@x.cn'),
      archived: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(person, { maxLength: 6 }), fc.array(person, { minLength: 1, maxLength: 6 }), async (book, candidates) => {
        const local = await createTestApp();
        try {
          const ids: { id: string; p: (typeof book)[number] }[] = [];
          for (const p of book) {
            if (p.name === '' && p.phones.length === 0) continue;
            const c = await call<Customer>(local, 'customers.create', {
              name: p.name,
              phones: p.phones.map((number) => ({ number })),
              email: p.email,
              allowDuplicate: true,
            });
            if (p.archived) await call(local, 'customers.archive', { id: c.id, archived: true });
            ids.push({ id: c.id, p });
          }
          const asked: MatchCandidate[] = candidates.map((c) => ({ name: c.name, phones: c.phones, email: c.email }));
          const answers = await matchInBook(local.ctx.db, asked);
          const live = ids.filter((x) => !x.p.archived);
          candidates.forEach((c, i) => {
            const mine = c.phones.map(normalizePhone);
            const phone = live.filter((x) => x.p.phones.some((n) => normalizePhone(n).length >= 6 && mine.includes(normalizePhone(n))));
            const email = live.filter((x) => c.email !== null && x.p.email?.toLowerCase() === c.email.toLowerCase());
            const tail = (d: string) => (d.length >= 4 ? d.slice(-4) : null);
            const name = live.filter(
              (x) =>
                c.name !== '' &&
                x.p.name === c.name &&
                x.p.phones.some((n) => mine.some((d) => tail(d) !== null && tail(d) === tail(normalizePhone(n)))),
            );
            const expected =
              phone.length > 0 ? ['phone', phone] : email.length > 0 ? ['email', email] : name.length > 0 ? ['name', name] : null;
            const answer = answers[i];
            if (expected === null) expect(answer).toBeNull();
            else {
              const [reason, who] = expected as [string, typeof live];
              expect(answer?.reason).toBe(reason);
              expect(who.map((x) => x.id)).toContain(answer?.customerId);
            }
          });
        } finally {
          await local.close();
        }
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('answers 100,000 candidates against 100,000 customers in one statement, within seconds', async () => {
    const size = 100_000;
    const phone = (i: number) => `139${String(i).padStart(8, '0')}`;
    const at = '2026-01-01T00:00:00.000Z';
    const insertCustomer = app.sqlite.prepare('INSERT INTO customers (id, name, email, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
    const insertPhone = app.sqlite.prepare('INSERT INTO customer_phones (customer_id, position, number, digits) VALUES (?, 0, ?, ?)');
    const ids: string[] = [];
    app.sqlite.transaction(() => {
      for (let i = 0; i < size; i += 1) {
        const id = randomUUID();
        ids.push(id);
        insertCustomer.run(id, `客户${i}`, `c${i}@example.com`, at, at);
        insertPhone.run(id, phone(i), phone(i));
      }
    })();
    const candidates: MatchCandidate[] = Array.from({ length: size }, (_, i) =>
      i % 3 === 0
        ? { name: '', phones: [phone(i)], email: null }
        : i % 3 === 1
          ? { name: 'x', phones: [], email: `C${i}@example.com` }
          : { name: `新客${i}`, phones: [`137${String(i).padStart(8, '0')}`], email: null },
    );
    const started = performance.now();
    const answers = await matchInBook(app.ctx.db, candidates);
    const took = performance.now() - started;
    expect(answers).toHaveLength(size);
    expect(answers[3]).toEqual({ customerId: ids[3], reason: 'phone' });
    expect(answers[4]).toEqual({ customerId: ids[4], reason: 'email' });
    expect(answers[5]).toBeNull();
    expect(answers.filter((a) => a !== null)).toHaveLength(Math.ceil((2 * size) / 3));
    expect(took).toBeLessThan(10_000);
  }, 60_000);
});
