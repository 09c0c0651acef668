import type { Db } from '../electron/db/database';
import * as insight from '../electron/domains/insights/insights.service';
import { refreshValues } from '../electron/domains/value/value.service';
import { loadSettings } from '../electron/domains/settings/settings.service';
import { previousFirstVisitsIn, previousSpendTwentieths } from './previous-insights.repository';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * Times the daily value pass, then each insight over the book (5 runs, median and worst), as the
 * Insights page asks for them once the day's values exist; where an insight's query was replaced,
 * beside the previous query's figures measured in the same runs.
 */
export async function insightsBench(db: Db, today: string): Promise<void> {
  let started = performance.now();
  await refreshValues(db, today);
  console.log(`\nInsights over the book (target ≤ 200 ms each):`);
  console.log(`  daily value pass (tiers, stages, types for every customer; once a day): ${(performance.now() - started).toFixed(0)} ms`);
  const { vipTopPercent, timeZone } = await loadSettings(db);
  const each: [string, () => Promise<unknown>, (() => Promise<unknown>)?, string?][] = [
    [
      '20/80 curve',
      () => insight.pareto(db, vipTopPercent),
      () => insight.pareto(db, vipTopPercent, { spendTwentieths: previousSpendTwentieths }),
      'spends read in order from customer_value_spend (covering), dealt into twentieths in JS; was ntile() over every spender',
    ],
    ['tiers over time', () => insight.tiersOverTime(db, today), undefined, 'tier_history (precomputed by the daily value pass)'],
    [
      'visits per week',
      () => insight.visitsPerWeek(db, today, timeZone),
      undefined,
      'a range of entries_kind_time (covering) per week and kind',
    ],
    [
      'new vs returning',
      () => insight.newVsReturning(db, today, timeZone),
      () => insight.newVsReturning(db, today, timeZone, { firstVisitsIn: previousFirstVisitsIn }),
      'visits: a range of entries_kind_time per month; first visits: a range of customer_value_first_visit per month, was every value read per month',
    ],
    [
      'drifting list',
      () => insight.drifting(db, today, timeZone),
      undefined,
      'customer_value_tier (at risk, by spend) and 20 customers by key',
    ],
    ['referral leaderboard', () => insight.referralLeaders(db), undefined, 'customers_referred_by, referrers and values by key'],
    ['complaint resolution', () => insight.complaintResolution(db, today, timeZone), undefined, 'complaints: a range of entries_kind_time'],
  ];
  const fmt = (times: number[]) =>
    `median ${median(times).toFixed(0).padStart(4)} ms, worst ${Math.max(...times)
      .toFixed(0)
      .padStart(4)} ms`;
  for (const [name, run, previous, uses] of each) {
    const times: number[] = [];
    const before: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      started = performance.now();
      await run();
      times.push(performance.now() - started);
      if (previous === undefined) continue;
      started = performance.now();
      await previous();
      before.push(performance.now() - started);
    }
    const beside = before.length === 0 ? '' : `  (previous ${fmt(before)})`;
    console.log(`  ${name.padEnd(22)} ${fmt(times)}${beside}\n      uses: ${uses ?? ''}`);
  }
}
