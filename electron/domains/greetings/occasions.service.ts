import type { FestivalKey } from '../../../shared/domain/festival-names';
import { festivalNames } from '../../../shared/domain/festival-names';
import { occasionWords } from '../../../shared/domain/greeting-words';
import type { OccasionKind } from '../../../shared/domain/greeting-templates';
import type { UiLocale } from '../../../shared/domain/salutation';
import type { GreetingSettings, Occasion } from '../../../shared/contract/greetings.contract';
import { AppError, notFound } from '../../api/app-error';
import type { Db } from '../../db/database';
import { findDate, findPerson } from '../care/care.repository';
import { withPeople } from '../care/dates.service';
import { lunarToSolar } from '../care/occurrence';
import { festivalDay } from './festivals';

/** An occasion as a batch needs it: its id (what "already greeted" means), label, day and template. */
export interface ResolvedOccasion {
  id: string;
  label: string;
  on: string;
  template: OccasionKind;
  festival: FestivalKey | null;
  /** What the draft calls the occasion ({occasion}). */
  name: string;
  /** A key person's name for {person}, with how the customer relates to them. */
  person: string | null;
  years: number | null;
  /** For a customer's own date: the only customer it is for. */
  customerId: string | null;
  dateId: string | null;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function ownOccasionDay(own: GreetingSettings['own'][number], year: number): string {
  if (own.calendar === 'lunar') return lunarToSolar({ month: own.month, day: own.day, leapMonth: false }, year);
  // 29 February is kept on the 28th in common years, as for birthdays.
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = own.month === 2 && own.day === 29 && !leap ? 28 : own.day;
  return `${year}-${pad(own.month)}-${pad(day)}`;
}

function quarterOf(day: string): string {
  return `${day.slice(0, 4)}Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
}

export async function resolveOccasion(
  db: Db,
  occasion: Occasion,
  settings: GreetingSettings,
  locale: UiLocale,
  today: string,
): Promise<ResolvedOccasion> {
  const none = { person: null, years: null, customerId: null, dateId: null, festival: null };
  switch (occasion.kind) {
    case 'festival': {
      const name = festivalNames[locale][occasion.festival];
      return {
        ...none,
        id: `festival:${occasion.festival}:${occasion.year}`,
        label: `${name} ${occasion.year}`,
        on: festivalDay(occasion.festival, occasion.year),
        template: 'festival',
        festival: occasion.festival,
        name,
      };
    }
    case 'own': {
      const own = settings.own.find((o) => o.id === occasion.ownId);
      if (own === undefined) throw notFound('occasion');
      return {
        ...none,
        id: `own:${own.id}:${occasion.year}`,
        label: `${own.name} ${occasion.year}`,
        on: ownOccasionDay(own, occasion.year),
        template: 'custom',
        name: own.name,
      };
    }
    case 'date': {
      const row = await findDate(db, occasion.dateId);
      if (row === undefined) throw notFound('date');
      const [date] = await withPeople(db, [row], today);
      if (date === undefined) throw AppError.saying('NOT_FOUND', 'greetingBatchUnknown');
      const words = occasionWords[locale];
      const personName = date.personName;
      const template: OccasionKind =
        row.kind === 'custom'
          ? 'custom'
          : row.kind === 'anniversary'
            ? 'anniversary'
            : personName !== null
              ? 'person_birthday'
              : 'birthday';
      const name = row.kind === 'custom' ? (row.label ?? '') : row.kind === 'anniversary' ? words.anniversary : words.birthday;
      return {
        ...none,
        id: `date:${row.id}:${date.next.on}`,
        label: personName === null ? name : `${personName} ${name}`,
        on: date.next.on,
        template,
        name,
        person: personName === null ? null : words.theirPerson(await relationOf(db, row.person_id), personName),
        years: date.next.years,
        customerId: row.customer_id,
        dateId: row.id,
      };
    }
    case 'win_back':
      return {
        ...none,
        id: `win_back:${quarterOf(today)}`,
        // The id groups a quarter's win-backs for "already greeted"; the label says the quarter in words.
        label: occasionWords[locale].quarterLabel(
          occasionWords[locale].winBack,
          Number(today.slice(0, 4)),
          Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1,
        ),
        on: today,
        template: 'win_back',
        name: occasionWords[locale].winBack,
      };
  }
}

async function relationOf(db: Db, personId: string | null): Promise<string> {
  if (personId === null) return '';
  return (await findPerson(db, personId))?.relation ?? '';
}
