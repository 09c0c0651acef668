import type { Archive, ArchiveCustomer } from '../../../shared/contract/archive.schema';
import { archiveGreetingProblems } from './archive-greetings';

/** What the book already holds of an archive's ids, each with the row it belongs to (see ownersInBook). */
export interface BookIds {
  customers: ReadonlyMap<string, string>;
  entries: ReadonlyMap<string, string>;
  lines: ReadonlyMap<string, string>;
  preferences: ReadonlyMap<string, string>;
  people: ReadonlyMap<string, string>;
  dates: ReadonlyMap<string, string>;
  /** Customers that already hold a member card in the book. */
  cards: ReadonlySet<string>;
}

export const archiveRows = [
  'customer',
  'phone',
  'tag',
  'entry',
  'purchase line',
  'entry details',
  'preference',
  'key person',
  'date',
  'kept-apart pair',
  'member card',
  'punch card',
  'card movement',
  'greeting',
] as const;
export type ArchiveRow = (typeof archiveRows)[number];

const english = {
  twice: 'it appears twice in the archive',
  customerMissing: 'its customer is not in the archive or the book',
  filedElsewhere: 'it names another customer than the one it is filed under',
  entryMismatch: 'it names another entry than the one it is filed under',
  referrerMissing: 'the customer who referred them is not in the archive or the book',
  linkedMissing: 'the customer it is linked to is not in the archive or the book',
  personMissing: 'its key person is not in the archive or the book',
  personOfAnother: 'its key person belongs to another customer',
  inBookElsewhere: 'the book already has this id for another customer’s row',
  pairMissing: 'one of its customers is not in the archive or the book',
  pairOrder: 'its two customers are not in order (first id before second)',
  cardMissing: 'it moves a member card the customer does not have in the archive',
  punchCardMissing: 'its punch card is not one of its customer’s',
  entryOfAnother: 'its diary line is not one of its customer’s entries',
  ledgerMismatch: 'a balance it records is not the sum of the ledger before it',
  batchMissing: 'its batch of greetings is not in the archive',
} as const;
export type ArchiveProblemKind = keyof typeof english;

export interface ArchiveProblem {
  row: ArchiveRow;
  /** The row's id (a phone or tag: its customer's; a pair: its first customer's). */
  id: string;
  problem: ArchiveProblemKind;
}

/** "entry 0190ab12…: its customer is not in the archive or the book", for the command line and the log. */
export function englishArchiveProblem(p: ArchiveProblem): string {
  return `${p.row} ${shortId(p.id)}: ${english[p.problem]}`;
}

export function shortId(id: string): string {
  return id.length > 8 ? `${id.slice(0, 8)}…` : id;
}

type Entry = ArchiveCustomer['entries'][number];

/** The rows an import writes: customers new to the book whole, and the missing id'd rows of those already there. */
export interface ImportPlan {
  customers: ArchiveCustomer['customer'][];
  phones: ArchiveCustomer['phones'];
  tags: ArchiveCustomer['tags'];
  preferences: ArchiveCustomer['preferences'];
  people: ArchiveCustomer['people'];
  dates: ArchiveCustomer['dates'];
  entries: Entry['entry'][];
  lines: Entry['lines'];
  details: NonNullable<Entry['details']>[];
  cards: NonNullable<ArchiveCustomer['card']>[];
  punchCards: ArchiveCustomer['punchCards'];
  cardMovements: ArchiveCustomer['cardMovements'];
  customersAlreadyThere: number;
  entriesAlreadyThere: number;
}

/**
 * Every reason the archive cannot come in as it is, in the archive's order: ids given twice, rows
 * filed under one customer (or entry) but naming another, references to customers or key people
 * that are neither in the archive nor in the book, and ids the book already uses for another
 * customer's row. Empty when every row has its parent.
 */
export function archiveProblems(archive: Archive, book: BookIds): ArchiveProblem[] {
  const problems: ArchiveProblem[] = [];
  const add = (row: ArchiveRow, id: string, problem: ArchiveProblemKind) => problems.push({ row, id, problem });
  const customerIds = new Set<string>();
  for (const { customer } of archive.customers) {
    if (customerIds.has(customer.id)) add('customer', customer.id, 'twice');
    customerIds.add(customer.id);
  }
  const check = checker(archive, book, customerIds, add);
  for (const c of archive.customers) {
    checkCustomerRows(c, check);
    checkEntries(c, check);
  }
  for (const c of archive.customers) problems.push(...cardProblems(c, book));
  problems.push(...archiveGreetingProblems(archive, book));
  for (const pair of archive.keptApart) {
    if (!check.known(pair.first_id) || !check.known(pair.second_id)) add('kept-apart pair', pair.first_id, 'pairMissing');
    else if (pair.first_id >= pair.second_id) add('kept-apart pair', pair.first_id, 'pairOrder');
  }
  return problems;
}

/** What checking each customer's rows shares: the book, the ids seen so far, and where a problem goes. */
interface Checker {
  book: BookIds;
  add: (row: ArchiveRow, id: string, problem: ArchiveProblemKind) => void;
  /** Whether a customer is in the archive or the book. */
  known: (id: string) => boolean;
  /** Who each key person of the archive belongs to, for the dates that name one. */
  personOwner: ReadonlyMap<string, string>;
  /** Notes an id given twice in the archive. */
  once: (set: Set<string>, row: ArchiveRow, id: string) => void;
  /** A child row must be filed under the customer it names, and its id must not be another customer's in the book. */
  child: (row: ArchiveRow, id: string, customerId: string, filedUnder: string, inBook: ReadonlyMap<string, string> | null) => void;
  seen: { entries: Set<string>; lines: Set<string>; preferences: Set<string>; people: Set<string>; dates: Set<string> };
}

function checker(archive: Archive, book: BookIds, customerIds: ReadonlySet<string>, add: Checker['add']): Checker {
  const known = (id: string) => customerIds.has(id) || book.customers.has(id);
  const personOwner = new Map<string, string>();
  for (const c of archive.customers) for (const p of c.people) if (!personOwner.has(p.id)) personOwner.set(p.id, p.customer_id);
  return {
    book,
    add,
    known,
    personOwner,
    once: (set, row, id) => {
      if (set.has(id)) add(row, id, 'twice');
      set.add(id);
    },
    child: (row, id, customerId, filedUnder, inBook) => {
      if (customerId !== filedUnder) add(row, id, known(customerId) ? 'filedElsewhere' : 'customerMissing');
      else if (inBook !== null) {
        const owner = inBook.get(id);
        if (owner !== undefined && owner !== customerId) add(row, id, 'inBookElsewhere');
      }
    },
    seen: {
      entries: new Set<string>(),
      lines: new Set<string>(),
      preferences: new Set<string>(),
      people: new Set<string>(),
      dates: new Set<string>(),
    },
  };
}

/** A customer's referrer, phones, tags, preferences, key people and dates. */
function checkCustomerRows(c: ArchiveCustomer, check: Checker): void {
  const { book, add, known, once, child, seen } = check;
  const cid = c.customer.id;
  if (c.customer.referred_by !== null && !known(c.customer.referred_by)) add('customer', cid, 'referrerMissing');
  const positions = new Set<number>();
  for (const phone of c.phones) {
    child('phone', cid, phone.customer_id, cid, null);
    if (positions.has(phone.position)) add('phone', cid, 'twice');
    positions.add(phone.position);
  }
  const tags = new Set<string>();
  for (const tag of c.tags) {
    child('tag', cid, tag.customer_id, cid, null);
    if (tags.has(tag.tag)) add('tag', cid, 'twice');
    tags.add(tag.tag);
  }
  for (const p of c.preferences) {
    once(seen.preferences, 'preference', p.id);
    child('preference', p.id, p.customer_id, cid, book.preferences);
  }
  for (const p of c.people) {
    once(seen.people, 'key person', p.id);
    child('key person', p.id, p.customer_id, cid, book.people);
    if (p.linked_customer_id !== null && !known(p.linked_customer_id)) add('key person', p.id, 'linkedMissing');
  }
  for (const d of c.dates) {
    once(seen.dates, 'date', d.id);
    child('date', d.id, d.customer_id, cid, book.dates);
    if (d.person_id !== null) {
      const owner = check.personOwner.get(d.person_id) ?? book.people.get(d.person_id);
      if (owner === undefined) add('date', d.id, 'personMissing');
      else if (owner !== d.customer_id) add('date', d.id, 'personOfAnother');
    }
  }
}

/** A customer's diary entries, with their purchase lines and details. */
function checkEntries(c: ArchiveCustomer, check: Checker): void {
  const { book, add, once, child, seen } = check;
  const cid = c.customer.id;
  for (const { entry, lines, details } of c.entries) {
    once(seen.entries, 'entry', entry.id);
    child('entry', entry.id, entry.customer_id, cid, book.entries);
    const entryInBook = book.entries.has(entry.id);
    for (const line of lines) {
      once(seen.lines, 'purchase line', line.id);
      if (line.entry_id !== entry.id) add('purchase line', line.id, 'entryMismatch');
      // A line of an entry new to the book must be new too; one already there stays as it is.
      else if (!entryInBook && book.lines.has(line.id)) add('purchase line', line.id, 'inBookElsewhere');
    }
    if (details !== null && details.entry_id !== entry.id) add('entry details', entry.id, 'entryMismatch');
  }
}

/**
 * What an import of a checked archive writes. A customer new to the book comes in whole; of a
 * customer already there, the book's own record, phones and tags stay as they are, and the diary
 * entries (with their lines and details), preferences, key people and dates the book does not
 * have yet, by id, are added. An entry already in the book keeps its own lines and details.
 */
export function planImport(archive: Archive, book: BookIds): ImportPlan {
  const plan: ImportPlan = {
    customers: [],
    phones: [],
    tags: [],
    preferences: [],
    people: [],
    dates: [],
    entries: [],
    lines: [],
    details: [],
    cards: [],
    punchCards: [],
    cardMovements: [],
    customersAlreadyThere: 0,
    entriesAlreadyThere: 0,
  };
  for (const c of archive.customers) {
    if (book.customers.has(c.customer.id)) plan.customersAlreadyThere += 1;
    else {
      plan.customers.push(c.customer);
      plan.phones.push(...c.phones);
      plan.tags.push(...c.tags);
    }
    plan.preferences.push(...c.preferences.filter((p) => !book.preferences.has(p.id)));
    plan.people.push(...c.people.filter((p) => !book.people.has(p.id)));
    plan.dates.push(...c.dates.filter((d) => !book.dates.has(d.id)));
    for (const { entry, lines, details } of c.entries) {
      if (book.entries.has(entry.id)) {
        plan.entriesAlreadyThere += 1;
        continue;
      }
      plan.entries.push(entry);
      plan.lines.push(...lines);
      if (details !== null) plan.details.push(details);
    }
    // A card comes in whole with its ledger, only where the book has none for the customer: one
    // already there is the book's own account, and two ledgers cannot be summed into one.
    if (c.card !== null && !book.cards.has(c.customer.id)) {
      plan.cards.push(c.card);
      plan.punchCards.push(...c.punchCards);
      plan.cardMovements.push(...c.cardMovements);
    }
  }
  return plan;
}

/**
 * A customer's card in the archive must be theirs and add up: every punch card and ledger line
 * filed under them names them, each line's punch card is one of theirs and its diary line one of
 * their entries, and each line's balance is its purse's sum so far (in the order written).
 */
function cardProblems(c: ArchiveCustomer, book: BookIds): ArchiveProblem[] {
  const problems: ArchiveProblem[] = [];
  const add = (row: ArchiveRow, id: string, problem: ArchiveProblemKind) => problems.push({ row, id, problem });
  const cid = c.customer.id;
  if (c.card !== null && c.card.customer_id !== cid) add('member card', cid, 'filedElsewhere');
  const punchIds = new Set<string>();
  for (const p of c.punchCards) {
    if (punchIds.has(p.id)) add('punch card', p.id, 'twice');
    punchIds.add(p.id);
    if (p.customer_id !== cid) add('punch card', p.id, 'filedElsewhere');
  }
  const entryIds = new Set(c.entries.map((e) => e.entry.id));
  const lineIds = new Set<string>();
  const sums = new Map<string, number>();
  const ordered = [...c.cardMovements].sort((a, b) => (a.at === b.at ? (a.id < b.id ? -1 : 1) : a.at < b.at ? -1 : 1));
  for (const m of ordered) {
    if (lineIds.has(m.id)) add('card movement', m.id, 'twice');
    lineIds.add(m.id);
    if (c.card === null) add('card movement', m.id, 'cardMissing');
    if (m.customer_id !== cid) add('card movement', m.id, 'filedElsewhere');
    if ((m.purse === 'punch') !== (m.punch_id !== null) || (m.punch_id !== null && !punchIds.has(m.punch_id)))
      add('card movement', m.id, 'punchCardMissing');
    if (m.entry_id !== null && !entryIds.has(m.entry_id) && book.entries.get(m.entry_id) !== cid)
      add('card movement', m.id, 'entryOfAnother');
    const purse = `${m.purse}:${m.punch_id ?? ''}`;
    const sum = (sums.get(purse) ?? 0) + m.delta;
    sums.set(purse, sum);
    if (sum !== m.balance_after) add('card movement', m.id, 'ledgerMismatch');
  }
  return problems;
}
