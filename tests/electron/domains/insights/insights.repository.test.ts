import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstVisitsIn, spendTwentieths } from '../../../../electron/domains/insights/insights.repository';
import { previousFirstVisitsIn, previousSpendTwentieths } from '../../../../bench/previous-insights.repository';
import { createTestDb } from '../../../helpers/create-test-db';

const day = fc.integer({ min: 0, max: 60 }).map((n) => new Date(Date.UTC(2026, 0, 1 + n, n % 24)).toISOString());

describe('the insights read from indexes', () => {
  it('deal spenders into the twentieths ntile(20) dealt, and count first visits per period as before', async () => {
    const { db, sqlite } = await createTestDb();
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ spend: fc.constantFrom(-100, 0, 1, 50, 50, 999, 120_000), first: fc.option(day) }), { maxLength: 90 }),
        fc.array(fc.tuple(day, day), { minLength: 1, maxLength: 6 }),
        async (values, spans) => {
          sqlite.exec('DELETE FROM customers');
          values.forEach((v, i) => {
            sqlite.prepare("INSERT INTO customers (id, name, created_at, updated_at) VALUES (?, '', '2026', '2026')").run(`c${i}`);
            sqlite
              .prepare(
                "INSERT INTO customer_value (customer_id, spend_window, spend_recent, spend_earlier, visits_window, first_visit_at, tier, stage) VALUES (?, ?, 0, 0, 0, ?, 'new', 'growth')",
              )
              .run(`c${i}`, v.spend, v.first);
          });
          expect(await spendTwentieths(db)).toEqual(await previousSpendTwentieths(db));
          const periods = spans.map(([from, to], i) => ({ key: `p${i}`, from, to }));
          const sorted = (rows: { key: string; customers: number }[]) => [...rows].sort((a, b) => a.key.localeCompare(b.key));
          expect(sorted(await firstVisitsIn(db, periods))).toEqual(sorted(await previousFirstVisitsIn(db, periods)));
        },
      ),
      { numRuns: 150 },
    );
    await db.destroy();
  }, 60_000);
});
