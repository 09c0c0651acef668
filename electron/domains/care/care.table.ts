import type { Insertable, Selectable } from 'kysely';

export interface KeyPeopleTable {
  id: string;
  customer_id: string;
  name: string;
  relation: string;
  linked_customer_id: string | null;
  note: string | null;
  created_at: string;
  updated_at: string;
}

export interface ImportantDatesTable {
  id: string;
  customer_id: string;
  person_id: string | null;
  kind: 'birthday' | 'anniversary' | 'custom';
  label: string | null;
  calendar: 'solar' | 'lunar';
  year: number | null;
  month: number;
  day: number;
  leap_month: number;
  created_at: string;
  updated_at: string;
}

/** What the owner did about a Today item that the diary cannot tell (see migration 0007). */
export interface CareMarksTable {
  id: string;
  customer_id: string;
  subject: string;
  what: 'greeted' | 'called' | 'snoozed' | 'notRegular' | 'followUp' | 'promiseKept' | 'promiseBroken' | 'complaintCall';
  on_day: string;
  until_day: string | null;
  entry_id: string | null;
  created_at: string;
}

export type CareMarkRow = Selectable<CareMarksTable>;
export type NewCareMarkRow = Insertable<CareMarksTable>;
export type KeyPersonRow = Selectable<KeyPeopleTable>;
export type NewKeyPersonRow = Insertable<KeyPeopleTable>;
export type ImportantDateRow = Selectable<ImportantDatesTable>;
export type NewImportantDateRow = Insertable<ImportantDatesTable>;
