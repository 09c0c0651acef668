import { median } from '../../../shared/domain/median';

/** The median number of days between consecutive visits; null with fewer than two visits. */
export function medianGapDays(instants: string[]): number | null {
  if (instants.length < 2) return null;
  const times = instants.map((i) => Date.parse(i)).sort((a, b) => a - b);
  const gaps: number[] = [];
  for (let i = 1; i < times.length; i += 1) gaps.push(((times[i] ?? 0) - (times[i - 1] ?? 0)) / 86_400_000);
  return Math.round((median(gaps) ?? 0) * 10) / 10;
}
