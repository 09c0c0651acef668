/** A calendar day without a time zone ("2026-11-24"), as people mean birthdays and due dates. */
export const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

export function isValidDay(day: string): boolean {
  if (!dayPattern.test(day)) return false;
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 0));
  return date.getUTCFullYear() === y && date.getUTCMonth() + 1 === m && date.getUTCDate() === d;
}

export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, (d ?? 1) + days));
  return date.toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The calendar day of an instant where this program runs ("today" for the shop). */
export function localDayOf(instant: Date): string {
  return new Date(instant.getTime() - instant.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** The instant a local calendar day begins where this program runs (the inverse of localDayOf). */
export function localMidnight(day: string): string {
  return new Date(`${day}T00:00:00`).toISOString();
}

/** A month ("2026-11") moved by whole months, either way. */
export function addMonths(month: string, months: number): string {
  const [y, m] = month.split('-').map(Number);
  const index = (y ?? 0) * 12 + ((m ?? 1) - 1) + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The time zone this program runs in, the book's until the owner picks the shop's. */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

const zoneFormats = new Map<string, Intl.DateTimeFormat>();

function zoneFormat(timeZone: string): Intl.DateTimeFormat {
  let format = zoneFormats.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    zoneFormats.set(timeZone, format);
  }
  return format;
}

/** True for a time zone this runtime knows by its IANA name ("Asia/Shanghai", "UTC"). */
export function isTimeZone(timeZone: string): boolean {
  if (timeZone.trim() === '' || timeZone.length > 64) return false;
  try {
    zoneFormat(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall clock of an instant in a zone, as if it were UTC (milliseconds). */
function wallClock(instant: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of zoneFormat(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return Date.UTC(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
}

/**
 * The calendar day of an instant in the shop's time zone: "today" for the book is
 * dayInZone(now, the book's zone), whatever zone the program or the browser runs in.
 */
export function dayInZone(instant: Date, timeZone: string): string {
  return new Date(wallClock(instant.getTime(), timeZone)).toISOString().slice(0, 10);
}

/** The instant a calendar day begins in a zone (the inverse of dayInZone), daylight saving included. */
export function midnightInZone(day: string, timeZone: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const wall = Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
  // The zone's offset near that wall time, checked again at the guess (offsets change at most once a night).
  let guess = wall - (wallClock(wall, timeZone) - wall);
  guess = wall - (wallClock(guess, timeZone) - guess);
  // Where midnight itself is skipped (a daylight-saving jump), the day begins at the first instant that is in it.
  while (dayInZone(new Date(guess), timeZone) < day) guess += 15 * 60_000;
  while (dayInZone(new Date(guess - 1), timeZone) >= day) guess -= 15 * 60_000;
  return new Date(guess).toISOString();
}

/** A day moved by whole months, kept within the month it lands in (01-31 + 1 month = 02-28). */
export function addMonthsToDay(day: string, months: number): string {
  const [month, d] = [addMonths(day.slice(0, 7), months), Number(day.slice(8, 10))];
  const [y, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(y ?? 1970, m ?? 1, 0)).getUTCDate();
  return `${month}-${String(Math.min(d, last)).padStart(2, '0')}`;
}
