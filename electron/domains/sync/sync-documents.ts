/**
 * One kind of replicated document: its root table (one row per document, found by `key`, whose
 * values joined by "/" make the id after the kind) and the tables whose rows belong to it by a
 * column naming the root's key. `localColumns` of the root are derived on each device.
 */
export interface DocumentKind {
  root: string;
  key: readonly string[];
  parts: readonly (readonly [table: string, column: string])[];
  localColumns: readonly string[];
  /** 'fields': two counters' versions merge field by field by clock (field-merge.ts); otherwise one version wins whole and the other is recorded. */
  merge?: 'fields';
}

const single = (root: string, key = 'id'): DocumentKind => ({ root, key: [key], parts: [], localColumns: [] });

/**
 * The book as replicated documents. A customer is one document with their phones, tags,
 * preferences, key people and dates, card and greeting choice (merged field by field); each diary
 * entry is its own with its purchase lines, details and earlier versions (an edit is a new revision
 * of it); each card ledger line, punch card, care mark, greeting, segment, pair kept apart and shared
 * setting is its own. Ids name the kind first ("customer/<id>") so a hub's documents sort by kind.
 * The order is the order documents are applied in, parents first.
 */
export const documentKinds: Readonly<Record<string, DocumentKind>> = {
  setting: single('settings', 'key'),
  customer: {
    root: 'customers',
    key: ['id'],
    parts: [
      ['customer_phones', 'customer_id'],
      ['customer_tags', 'customer_id'],
      ['preferences', 'customer_id'],
      ['key_people', 'customer_id'],
      ['important_dates', 'customer_id'],
      ['greeting_choices', 'customer_id'],
      ['member_cards', 'customer_id'],
    ],
    // Visit statistics follow from the customer's entries, on each device.
    localColumns: ['last_visit_at', 'visit_count', 'median_gap_days'],
    merge: 'fields',
  },
  // A merge of two customers, so what a counter wrote for the merged one follows the survivor (fold-merged.ts).
  merged: single('customer_merges', 'merged_id'),
  'kept-apart': { root: 'kept_apart', key: ['first_id', 'second_id'], parts: [], localColumns: [] },
  segment: single('segments'),
  entry: {
    root: 'entries',
    key: ['id'],
    parts: [
      ['purchase_lines', 'entry_id'],
      ['entry_details', 'entry_id'],
      ['entry_revisions', 'entry_id'],
    ],
    localColumns: [],
  },
  punch: single('punch_cards'),
  movement: single('card_movements'),
  care: single('care_marks'),
  'greeting-batch': single('greeting_batches'),
  greeting: single('greetings'),
  conflict: single('sync_conflicts'),
};

/** The document each row of each replicated table belongs to, as SQL over the row (NEW or OLD in a trigger). */
export const documentOfRow: Readonly<Record<string, (row: string) => string>> = Object.fromEntries(
  Object.entries(documentKinds).flatMap(([kind, d]) => [
    [d.root, (r: string) => `'${kind}/' || ${d.key.map((k) => `${r}.${k}`).join(" || '/' || ")}`] as const,
    ...d.parts.map(([table, column]) => [table, (r: string) => `'${kind}/' || ${r}.${column}`] as const),
  ]),
);

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
  'sync_stamps',
];

/**
 * Which settings are the book's and replicate: the owner's own (currency, time zone, tier rules and
 * follow-up days: keys without a dot) and the card and greeting rules. The rest are this device's:
 * what its value pass, index and card checks last computed (each device derives its own), its
 * backup folder, the app version that last opened it. The day the points expiry rule was chosen
 * goes with the rules: every counter's daily pass must expire the same points.
 */
export const sharedDottedSettings: readonly string[] = ['cards.rules', 'cards.pointsExpirySince', 'greetings.settings'];

/** Whether a setting replicates (see sharedDottedSettings). */
export function isSharedSetting(key: string): boolean {
  return !key.includes('.') || sharedDottedSettings.includes(key);
}

/** Whether a settings row (NEW or OLD in a trigger, or a table's alias) replicates, in SQL. */
export function sharedSettingSql(row: string): string {
  return `(instr(${row}.key, '.') = 0 OR ${row}.key IN (${sharedDottedSettings.map((k) => `'${k}'`).join(', ')}))`;
}
