import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callNames } from '../../../shared/contract';
import { call, createTestApp, type TestApp } from '../../helpers/create-test-db';

let app: TestApp;
let customerId: string;

beforeAll(async () => {
  app = await createTestApp();
  customerId = (await call<{ id: string }>(app, 'customers.create', { name: 'Fuzz' })).id;
});
afterAll(async () => {
  await app.close();
});

function bookIsSound(): void {
  expect(app.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(app.sqlite.pragma('foreign_key_check')).toEqual([]);
  // Every stored entry and line still reads back through the contract.
  const kinds = app.sqlite.prepare('SELECT DISTINCT kind FROM entries').all() as { kind: string }[];
  for (const { kind } of kinds) expect(['note', 'visit', 'purchase', 'call', 'message']).toContain(kind);
}

describe('the contract under random payloads', () => {
  it('never throws and always answers a Result envelope, whatever arrives', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...callNames, 'nope', ''),
        fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true }),
        async (name, input) => {
          const result = await app.dispatch(name, input);
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) expect(result.error.message.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 400 },
    );
    bookIsSound();
  });

  it('keeps the book sound under random but well-formed writes', async () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 60 });
    const line = fc.record(
      {
        item: text,
        colour: fc.option(text),
        size: fc.option(text),
        quantity: fc.integer({ min: -2, max: 5 }),
        unitPriceMinor: fc.option(fc.integer({ min: -100, max: 10_000_000 })),
      },
      { requiredKeys: ['item'] },
    );
    const command = fc.oneof(
      fc.record({
        call: fc.constant('customers.create'),
        input: fc.record({ name: text, phones: fc.array(fc.record({ number: text }), { maxLength: 2 }) }),
      }),
      fc.record({
        call: fc.constant('entries.add'),
        input: fc.record({
          customerId: fc.constant(customerId),
          kind: fc.constantFrom('note', 'purchase', 'visit', 'gift'),
          text,
          lines: fc.array(line, { maxLength: 3 }),
        }),
      }),
      fc.record({
        call: fc.constant('preferences.set'),
        input: fc.record({ customerId: fc.constant(customerId), polarity: fc.constantFrom('like', 'dislike', 'hate'), value: text }),
      }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(command, { maxLength: 8 }), async (commands) => {
        for (const c of commands) {
          const result = await app.dispatch(c.call, c.input);
          expect(typeof result.ok).toBe('boolean');
        }
      }),
      { numRuns: 100 },
    );
    bookIsSound();
    // Whatever was accepted still recalls cleanly.
    expect((await app.dispatch('recall', { customerId })).ok).toBe(true);
  });
});
