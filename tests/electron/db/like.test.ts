import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { containsPattern } from '../../../electron/db/like';
import { call, createTestApp } from '../../helpers/create-test-db';

const sqlite = new BetterSqlite3(':memory:');
afterAll(() => sqlite.close());
const likes = sqlite.prepare("SELECT ? LIKE ? ESCAPE '\\' AS hit").pluck();

// SQLite's LIKE folds ASCII letters only.
const fold = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
const tricky = fc.string({ unit: fc.constantFrom('%', '_', '\\', 'a', 'A', 'b', '5', '0', '王', '丽', ' ', "'", 'É', 'é'), maxLength: 8 });
const anyText = fc.oneof(tricky, fc.string({ unit: 'grapheme', maxLength: 8 }));

describe('LIKE escaping', () => {
  it('matches exactly where the text contains what was typed, wildcards and all', () => {
    fc.assert(
      fc.property(anyText, anyText, anyText, (before, needle, after) => {
        const haystack = `${before}${needle}${after}`;
        expect(likes.get(haystack, containsPattern(needle))).toBe(1);
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(anyText, anyText, (haystack, needle) => {
        expect(likes.get(haystack, containsPattern(needle)) === 1).toBe(fold(haystack).includes(fold(needle)));
      }),
      { numRuns: 2000 },
    );
  });

  it('the customer list finds "50%" and "a_b" as typed, and not what the wildcards would match', async () => {
    const app = await createTestApp();
    for (const name of ['五折 50% 会员', '五折 500 会员', 'a_b 公司', 'axb 公司']) await call(app, 'customers.create', { name });
    const names = async (query: string) =>
      (await call<{ items: { name: string }[] }>(app, 'customers.list', { query })).items.map((c) => c.name).sort();
    expect(await names('50%')).toEqual(['五折 50% 会员']);
    expect(await names('a_b')).toEqual(['a_b 公司']);
    expect(await names('\\')).toEqual([]);
    await app.close();
  });
});
