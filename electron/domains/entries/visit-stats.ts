/** The median number of days between consecutive visits; null with fewer than two visits. */
export function medianGapDays(instants: string[]): number | null {
  if (instants.length < 2) return null;
  const times = instants.map((i) => Date.parse(i)).sort((a, b) => a - b);
  const gaps: number[] = [];
  for (let i = 1; i < times.length; i += 1) gaps.push(((times[i] ?? 0) - (times[i - 1] ?? 0)) / 86_400_000);
  gaps.sort((a, b) => a - b);
  const mid = Math.floor(gaps.length / 2);
  const median = gaps.length % 2 === 1 ? (gaps[mid] ?? 0) : ((gaps[mid - 1] ?? 0) + (gaps[mid] ?? 0)) / 2;
  return Math.round(median * 10) / 10;
}
