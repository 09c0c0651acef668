// The daily value pass as it was before it caught up from the last one (kept for the bench only, to
// print beside the current pass in the same run): every customer relabelled every day, days of
// visits found through Intl once per visit.
import type { Db } from '../../electron/db/database';
import { inTransaction } from '../../electron/db/in-transaction';
import { addDays, addMonths } from '../../shared/domain/calendar-date';
import * as repo from '../../electron/domains/value/value.repository';
import { countTiers, labelAll, sameValue, toValueRow, valueRules } from '../../electron/domains/value/value.service';
import { writeSetting } from '../../electron/domains/settings/settings.repository';

export async function previousRefreshValues(db: Db, day: string): Promise<void> {
  await inTransaction(db, async (trx) => {
    const rules = await valueRules(trx);
    const monthEnds = (await repo.hasTierHistory(trx))
      ? []
      : Array.from({ length: 6 }, (_, i) => addDays(`${addMonths(day.slice(0, 7), i - 5)}-01`, -1));
    const [now, ...past] = await labelAll(trx, [day, ...monthEnds], rules, false);
    const baseline = now?.baseline ?? { vipMinSpend: null, medianSpend: null };
    const valueRows = (now?.items ?? []).map(({ row, labels }) => toValueRow(row, labels));
    const before = new Map((await repo.allValues(trx)).map((r) => [r.customer_id, r]));
    const valued = new Set(valueRows.map((r) => r.customer_id));
    await repo.syncValues(
      trx,
      valueRows.filter((r) => !sameValue(before.get(r.customer_id), r)),
      [...before.keys()].filter((id) => !valued.has(id)),
    );
    for (const [i, monthEnd] of monthEnds.entries()) {
      await repo.writeTierCounts(trx, monthEnd, countTiers((past[i]?.items ?? []).map((item) => item.labels.tier)));
    }
    await repo.writeTierCounts(trx, day, countTiers(valueRows.map((r) => r.tier)));
    await writeSetting(trx, 'value.vipMinSpend', String(baseline.vipMinSpend ?? ''));
    await writeSetting(trx, 'value.medianSpend', String(baseline.medianSpend ?? ''));
    await writeSetting(trx, 'value.computedOn', day);
  });
}
