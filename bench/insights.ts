import type { Db } from '../electron/db/database';
import * as insight from '../electron/domains/insights/insights.service';
import { refreshValues } from '../electron/domains/value/value.service';
import { loadSettings } from '../electron/domains/settings/settings.service';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * Times the daily value pass, then each insight over the book (5 runs, median and worst), as the
 * Insights page asks for them once the day's values exist.
 */
export async function insightsBench(db: Db, today: string): Promise<void> {
  let started = performance.now();
  await refreshValues(db, today);
  console.log(`\nInsights over the book (target ≤ 500 ms each):`);
  console.log(`  daily value pass (tiers, stages, types for every customer; once a day): ${(performance.now() - started).toFixed(0)} ms`);
  const { vipTopPercent, timeZone } = await loadSettings(db);
  const each: [string, () => Promise<unknown>][] = [
    ['20/80 curve', () => insight.pareto(db, vipTopPercent)],
    ['tiers over time', () => insight.tiersOverTime(db, today)],
    ['visits per week', () => insight.visitsPerWeek(db, today, timeZone)],
    ['new vs returning', () => insight.newVsReturning(db, today, timeZone)],
    ['drifting list', () => insight.drifting(db, today, timeZone)],
    ['referral leaderboard', () => insight.referralLeaders(db)],
    ['complaint resolution', () => insight.complaintResolution(db, today, timeZone)],
  ];
  for (const [name, run] of each) {
    const times: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      started = performance.now();
      await run();
      times.push(performance.now() - started);
    }
    console.log(
      `  ${name.padEnd(28)} median ${median(times).toFixed(0).padStart(4)} ms, worst ${Math.max(...times)
        .toFixed(0)
        .padStart(4)} ms`,
    );
  }
}
