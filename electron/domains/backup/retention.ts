export interface BackupFile {
  name: string;
  at: Date;
}

function dayKey(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function weekKey(d: Date): string {
  // ISO week: the Thursday of the week decides its year.
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const yearStart = new Date(Date.UTC(t.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((t.getTime() - yearStart.getTime()) / 86_400_000 + 1) / 7);
  return `${t.getUTCFullYear()}-W${week}`;
}

function monthKey(d: Date): string {
  return d.toISOString().slice(0, 7);
}

/**
 * Which automatic backups to keep: the newest of each of the last 7 days, 4 weeks and 12 months,
 * and always the newest one of all (the last verified backup is never deleted).
 */
export function backupsToKeep(files: BackupFile[], policy = { daily: 7, weekly: 4, monthly: 12 }): Set<string> {
  const newestFirst = [...files].sort((a, b) => b.at.getTime() - a.at.getTime());
  const keep = new Set<string>();
  const first = newestFirst[0];
  if (first !== undefined) keep.add(first.name);
  for (const [count, key] of [
    [policy.daily, dayKey],
    [policy.weekly, weekKey],
    [policy.monthly, monthKey],
  ] as const) {
    const seen = new Set<string>();
    for (const file of newestFirst) {
      const k = key(file.at);
      if (seen.has(k)) continue;
      if (seen.size >= count) break;
      seen.add(k);
      keep.add(file.name);
    }
  }
  return keep;
}
