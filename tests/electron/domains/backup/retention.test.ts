import { describe, expect, it } from 'vitest';
import { backupsToKeep } from '../../../../electron/domains/backup/retention';

const file = (iso: string) => ({ name: `auto-${iso}.sqlite`, at: new Date(iso) });

describe('backup retention', () => {
  it('keeps the newest of each of the last 7 days, 4 weeks and 12 months', () => {
    const files = [];
    // Two backups a day for 400 days.
    for (let i = 0; i < 400; i += 1) {
      const day = new Date(Date.UTC(2026, 10, 24) - i * 86_400_000);
      files.push(file(new Date(day.getTime() + 9 * 3600_000).toISOString()), file(new Date(day.getTime() + 18 * 3600_000).toISOString()));
    }
    const keep = backupsToKeep(files);
    expect(keep.has('auto-2026-11-24T18:00:00.000Z.sqlite')).toBe(true);
    expect(keep.has('auto-2026-11-24T09:00:00.000Z.sqlite')).toBe(false);
    for (let d = 18; d <= 24; d += 1) expect(keep.has(`auto-2026-11-${d}T18:00:00.000Z.sqlite`), `day ${d}`).toBe(true);
    expect(keep.has('auto-2026-11-17T18:00:00.000Z.sqlite')).toBe(false);
    expect(keep.size).toBeLessThanOrEqual(7 + 4 + 12);
    expect(keep.size).toBeGreaterThanOrEqual(12);
    // The newest of an older month survives, an arbitrary old day does not.
    expect(keep.has('auto-2026-01-31T18:00:00.000Z.sqlite')).toBe(true);
    expect(keep.has('auto-2026-01-15T18:00:00.000Z.sqlite')).toBe(false);
  });

  it('never deletes the only or the newest backup', () => {
    expect([...backupsToKeep([file('2020-01-01T00:00:00.000Z')])]).toEqual(['auto-2020-01-01T00:00:00.000Z.sqlite']);
    expect(backupsToKeep([], { daily: 0, weekly: 0, monthly: 0 }).size).toBe(0);
    expect([
      ...backupsToKeep([file('2020-01-01T00:00:00.000Z'), file('2019-01-01T00:00:00.000Z')], { daily: 0, weekly: 0, monthly: 0 }),
    ]).toEqual(['auto-2020-01-01T00:00:00.000Z.sqlite']);
  });
});
