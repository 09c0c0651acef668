import type { Kysely } from 'kysely';
import type { CareMarksTable, ImportantDatesTable, KeyPeopleTable } from '../domains/care/care.table';
import type { CustomerPhonesTable, CustomersTable, CustomerTagsTable } from '../domains/customers/customers.table';
import type { KeptApartTable, LastMergeTable, CustomerMergesTable } from '../domains/duplicates/duplicates.table';
import type { EntriesTable, EntryDetailsTable, EntryRevisionsTable, PurchaseLinesTable } from '../domains/entries/entries.table';
import type { PreferencesTable } from '../domains/preferences/preferences.table';
import type { EntryDocsTable, EntryTermsTable, SearchKeysTable } from '../domains/search/search.table';
import type { SettingsTable } from '../domains/settings/settings.table';
import type { CustomerValueTable, TierHistoryTable, ValueChangesTable } from '../domains/value/value.table';
import type { SegmentsTable } from '../domains/segments/segments.table';
import type { CardMovementsTable, MemberCardsTable, PunchCardsTable } from '../domains/cards/cards.table';
import type { SyncConflictsTable, SyncOutboxTable, SyncStampsTable, SyncStateTable } from '../domains/sync/sync.table';
import type { GreetingBatchesTable, GreetingChoicesTable, GreetingsTable } from '../domains/greetings/greetings.table';

export interface Database {
  customers: CustomersTable;
  customer_phones: CustomerPhonesTable;
  customer_tags: CustomerTagsTable;
  entries: EntriesTable;
  purchase_lines: PurchaseLinesTable;
  entry_revisions: EntryRevisionsTable;
  preferences: PreferencesTable;
  settings: SettingsTable;
  search_keys: SearchKeysTable;
  entry_docs: EntryDocsTable;
  entry_terms: EntryTermsTable;
  key_people: KeyPeopleTable;
  care_marks: CareMarksTable;
  important_dates: ImportantDatesTable;
  entry_details: EntryDetailsTable;
  kept_apart: KeptApartTable;
  customer_value: CustomerValueTable;
  tier_history: TierHistoryTable;
  value_changes: ValueChangesTable;
  segments: SegmentsTable;
  last_merge: LastMergeTable;
  member_cards: MemberCardsTable;
  punch_cards: PunchCardsTable;
  card_movements: CardMovementsTable;
  greeting_choices: GreetingChoicesTable;
  greeting_batches: GreetingBatchesTable;
  greetings: GreetingsTable;
  sync_outbox: SyncOutboxTable;
  sync_state: SyncStateTable;
  sync_conflicts: SyncConflictsTable;
  sync_stamps: SyncStampsTable;
  customer_merges: CustomerMergesTable;
}

/** A connection or a transaction: repositories accept either as their first argument. */
export type Db = Kysely<Database>;
