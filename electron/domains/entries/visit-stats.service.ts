import { visitKinds } from '../../../shared/domain/entry-kinds';
import { inTransaction } from '../../db/in-transaction';
import type { Db } from '../../db/database';
import { resetVisitStats, setVisitStats } from '../customers/customers.repository';
import { median } from '../../../shared/domain/median';
import { readSettings, writeSetting } from '../settings/settings.repository';
import { allVisitInstants, visitInstants } from './entries.repository';

/** The median number of days between consecutive visits; null with fewer than two visits. */
export function medianGapDays(instants: string[]): number | null {
  if (instants.length < 2) return null;
  const times = instants.map((i) => Date.parse(i)).sort((a, b) => a - b);
  const gaps: number[] = [];
  for (let i = 1; i < times.length; i += 1) gaps.push(((times[i] ?? 0) - (times[i - 1] ?? 0)) / 86_400_000);
  return Math.round((median(gaps) ?? 0) * 10) / 10;
}

/** Keeps last visit, visit count and usual interval on the customer current, in the caller's transaction. */
export async function refreshVisitStats(db: Db, customerId: string): Promise<void> {
  const instants = await visitInstants(db, customerId);
  await setVisitStats(db, customerId, {
    last: instants[instants.length - 1] ?? null,
    count: instants.length,
    medianGapDays: medianGapDays(instants),
  });
}

const versionKey = 'stats.visitVersion';
const VERSION = '1';

/**
 * Recomputes every customer's visit count, last visit and usual interval (after migration 0003 or
 * an import), in the caller's transaction when there is one, so the statistics move with the entries.
 */
export async function rebuildVisitStats(db: Db): Promise<void> {
  await inTransaction(db, async (trx) => {
    const rows = await allVisitInstants(trx, visitKinds);
    const byCustomer = new Map<string, string[]>();
    for (const row of rows) {
      const list = byCustomer.get(row.customer_id);
      if (list === undefined) byCustomer.set(row.customer_id, [row.occurred_at]);
      else list.push(row.occurred_at);
    }
    // Everyone starts from nothing in one statement; only customers with visits are written one by one.
    await resetVisitStats(trx);
    for (const [id, instants] of byCustomer) {
      await setVisitStats(trx, id, {
        last: instants[instants.length - 1] ?? null,
        count: instants.length,
        medianGapDays: medianGapDays(instants),
      });
    }
    await writeSetting(trx, versionKey, VERSION);
  });
}

export async function ensureVisitStats(db: Db): Promise<boolean> {
  if ((await readSettings(db)).get(versionKey) === VERSION) return false;
  await rebuildVisitStats(db);
  return true;
}
