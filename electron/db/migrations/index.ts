import type { Migration } from 'kysely';
import * as m0001 from './0001_customer_book';
import * as m0002 from './0002_search_index';
import * as m0003 from './0003_relationship_care';
import * as m0004 from './0004_kept_apart';
import * as m0005 from './0005_customer_value';
import * as m0006 from './0006_last_merge';
import * as m0007 from './0007_care_marks';
import * as m0008 from './0008_entry_revisions';
import * as m0009 from './0009_list_indexes';
import * as m0010 from './0010_list_filters';
import * as m0011 from './0011_diary_terms_vocabulary';
import * as m0012 from './0012_value_changes';
import * as m0013 from './0013_member_cards';
import * as m0014 from './0014_card_reminders';
import * as m0015 from './0015_card_insights';
import * as m0016 from './0016_greetings';
import * as m0017 from './0017_sync_outbox';
import * as m0018 from './0018_sync_conflicts';
import * as m0019 from './0019_team';
import * as m0020 from './0020_sync_stamps';
import * as m0021 from './0021_customer_merges';

/**
 * Every migration, in order, listed by hand: scanning a folder at run time breaks inside asar.
 * Names are frozen; a book that has run a name missing here was written by a newer Shuke.
 */
export const migrations: Readonly<Record<string, Migration>> = {
  '0001_customer_book': m0001,
  '0002_search_index': m0002,
  '0003_relationship_care': m0003,
  '0004_kept_apart': m0004,
  '0005_customer_value': m0005,
  '0006_last_merge': m0006,
  '0007_care_marks': m0007,
  '0008_entry_revisions': m0008,
  '0009_list_indexes': m0009,
  '0010_list_filters': m0010,
  '0011_diary_terms_vocabulary': m0011,
  '0012_value_changes': m0012,
  '0013_member_cards': m0013,
  '0014_card_reminders': m0014,
  '0015_card_insights': m0015,
  '0016_greetings': m0016,
  '0017_sync_outbox': m0017,
  '0018_sync_conflicts': m0018,
  '0019_team': m0019,
  '0020_sync_stamps': m0020,
  '0021_customer_merges': m0021,
};

export const migrationNames = Object.keys(migrations);
