/**
 * The book as replicated documents: which document each row of each table belongs to, as the SQL
 * that names it from the row (NEW or OLD in a trigger). A customer is one document with their
 * phones, tags, preferences, dates, key people and greeting choice (merged field by field); each
 * diary entry is its own document with its purchase lines, details and earlier versions (an edit
 * is a new revision of it); each card ledger line, punch card, care mark, greeting, segment, pair
 * kept apart and shared setting is its own. Ids name the kind first so a hub's documents sort by kind.
 */
export const documentOfRow: Readonly<Record<string, (row: 'NEW' | 'OLD') => string>> = {
  customers: (r) => `'customer/' || ${r}.id`,
  customer_phones: (r) => `'customer/' || ${r}.customer_id`,
  customer_tags: (r) => `'customer/' || ${r}.customer_id`,
  preferences: (r) => `'customer/' || ${r}.customer_id`,
  important_dates: (r) => `'customer/' || ${r}.customer_id`,
  key_people: (r) => `'customer/' || ${r}.customer_id`,
  greeting_choices: (r) => `'customer/' || ${r}.customer_id`,
  member_cards: (r) => `'customer/' || ${r}.customer_id`,
  entries: (r) => `'entry/' || ${r}.id`,
  purchase_lines: (r) => `'entry/' || ${r}.entry_id`,
  entry_details: (r) => `'entry/' || ${r}.entry_id`,
  entry_revisions: (r) => `'entry/' || ${r}.entry_id`,
  card_movements: (r) => `'movement/' || ${r}.id`,
  punch_cards: (r) => `'punch/' || ${r}.id`,
  care_marks: (r) => `'care/' || ${r}.id`,
  greeting_batches: (r) => `'greeting-batch/' || ${r}.id`,
  greetings: (r) => `'greeting/' || ${r}.id`,
  segments: (r) => `'segment/' || ${r}.id`,
  kept_apart: (r) => `'kept-apart/' || ${r}.first_id || '/' || ${r}.second_id`,
  settings: (r) => `'setting/' || ${r}.key`,
};

/**
 * Tables that are never replicated: each device derives them from the documents (the lookup's
 * index, values and tiers and what the value pass must look at again), keeps them for itself (the
 * undo of its own last merge), or they are the replication's own bookkeeping.
 */
export const localTables: readonly string[] = [
  'search_keys',
  'entry_docs',
  'entry_terms',
  'customer_value',
  'value_changes',
  'tier_history',
  'last_merge',
  'sync_outbox',
  'sync_state',
];

/**
 * Which settings are the book's and replicate: the owner's own (currency, time zone, tier rules and
 * follow-up days: keys without a dot) and the card and greeting rules. The rest are this device's:
 * what its value pass, index and card checks last computed (each device derives its own), its
 * backup folder, the app version that last opened it.
 */
export const sharedDottedSettings: readonly string[] = ['cards.rules', 'greetings.settings'];

/** Whether a settings row (NEW or OLD) replicates, in SQL. */
export function sharedSettingSql(row: 'NEW' | 'OLD'): string {
  return `(instr(${row}.key, '.') = 0 OR ${row}.key IN (${sharedDottedSettings.map((k) => `'${k}'`).join(', ')}))`;
}
