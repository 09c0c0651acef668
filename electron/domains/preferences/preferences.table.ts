import type { Insertable, Selectable } from 'kysely';

export interface PreferencesTable {
  id: string;
  customer_id: string;
  polarity: 'like' | 'dislike' | 'fact';
  category: 'colour' | 'size' | 'style' | 'brand' | 'taste' | 'other';
  value: string;
  created_at: string;
  updated_at: string;
}

export type PreferenceRow = Selectable<PreferencesTable>;
export type NewPreferenceRow = Insertable<PreferencesTable>;
