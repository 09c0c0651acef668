import type { ImportantDateRow, KeyPersonRow } from '../care/care.table';
import type { PreferenceRow } from '../preferences/preferences.table';

/** Rows of the customer merged away that say exactly what the survivor's rows already say. */
export interface MergeFolds {
  /** The other's key person -> the survivor's same person (same name, relation, link and note). */
  people: { id: string; into: string }[];
  /** The other's date -> the survivor's same date; `year` is filled in on the survivor's when it had none. */
  dates: { id: string; into: string; fillYear: number | null }[];
  /** The other's like, dislike or fact the survivor already has. */
  preferences: { id: string; into: string }[];
}

interface Sides<T> {
  survivor: readonly T[];
  other: readonly T[];
}

const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id);

function personKey(p: KeyPersonRow): string {
  return JSON.stringify([p.name, p.relation, p.linked_customer_id, p.note]);
}

/** A date is the same date when kind, calendar, month, day, leap month, label and person agree. */
function dateKey(d: ImportantDateRow, person: string | null): string {
  return JSON.stringify([d.kind, d.calendar, d.month, d.day, d.leap_month, d.label ?? '', person]);
}

/**
 * What a merge folds: the other's exact duplicates of the survivor's people, dates and
 * preferences. A date with a year and one without are the same date (the year is kept); two
 * different years are two facts and both stay.
 */
export function mergeFolds(people: Sides<KeyPersonRow>, dates: Sides<ImportantDateRow>, preferences: Sides<PreferenceRow>): MergeFolds {
  const survivorPeople = new Map<string, string>();
  for (const p of [...people.survivor].sort(byId)) if (!survivorPeople.has(personKey(p))) survivorPeople.set(personKey(p), p.id);
  const foldedPeople = [...people.other].sort(byId).flatMap((p) => {
    const into = survivorPeople.get(personKey(p));
    return into === undefined ? [] : [{ id: p.id, into }];
  });
  const personAfter = new Map(foldedPeople.map((f) => [f.id, f.into]));

  const survivorDates = new Map<string, { id: string; year: number | null }[]>();
  for (const d of [...dates.survivor].sort(byId)) {
    const key = dateKey(d, d.person_id);
    survivorDates.set(key, [...(survivorDates.get(key) ?? []), { id: d.id, year: d.year }]);
  }
  const foldedDates: MergeFolds['dates'] = [];
  for (const d of [...dates.other].sort(byId)) {
    const person = d.person_id === null ? null : (personAfter.get(d.person_id) ?? d.person_id);
    const same = survivorDates.get(dateKey(d, person)) ?? [];
    const into = same.find((e) => d.year === null || e.year === null || e.year === d.year);
    if (into === undefined) continue;
    const fillYear = into.year === null && d.year !== null ? d.year : null;
    if (fillYear !== null) into.year = fillYear;
    foldedDates.push({ id: d.id, into: into.id, fillYear });
  }

  const prefKey = (p: PreferenceRow) => JSON.stringify([p.polarity, p.category, p.value]);
  const survivorPrefs = new Map<string, string>();
  for (const p of [...preferences.survivor].sort(byId)) if (!survivorPrefs.has(prefKey(p))) survivorPrefs.set(prefKey(p), p.id);
  const foldedPrefs = [...preferences.other].sort(byId).flatMap((p) => {
    const into = survivorPrefs.get(prefKey(p));
    return into === undefined ? [] : [{ id: p.id, into }];
  });
  return { people: foldedPeople, dates: foldedDates, preferences: foldedPrefs };
}
