import type { Entry } from '../../../../shared/contract';
import type { UiLocale } from '../../../../shared/domain/salutation';
import { dayHeading } from '../../app/i18n/format';

export interface TimelineDay {
  key: string;
  heading: string;
  entries: Entry[];
}

function localDayKey(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${d.getMonth()}-${d.getDate()}`;
}

/** Entries come newest first; each run of one local day goes under that day's heading. */
export function groupByDay(entries: Entry[], locale: UiLocale): TimelineDay[] {
  const days: TimelineDay[] = [];
  for (const entry of entries) {
    const key = localDayKey(entry.occurredAt);
    const last = days[days.length - 1];
    if (last !== undefined && last.key === key) last.entries.push(entry);
    else days.push({ key, heading: dayHeading(entry.occurredAt, locale), entries: [entry] });
  }
  return days;
}
