import type { Archive, ArchiveCustomer } from '../../../shared/contract/archive.schema';
import type { ArchiveProblem, BookIds } from './archive-check';

/**
 * A customer's greetings in the archive must be theirs: filed under them, in a batch the archive
 * carries, and a sent greeting's diary line one of their entries.
 */
export function greetingProblems(c: ArchiveCustomer, batchIds: ReadonlySet<string>, book: BookIds): ArchiveProblem[] {
  const problems: ArchiveProblem[] = [];
  const cid = c.customer.id;
  if (c.greetingChoice !== null && c.greetingChoice.customer_id !== cid)
    problems.push({ row: 'greeting', id: cid, problem: 'filedElsewhere' });
  const entryIds = new Set(c.entries.map((e) => e.entry.id));
  const seen = new Set<string>();
  for (const g of c.greetings) {
    if (seen.has(g.id)) problems.push({ row: 'greeting', id: g.id, problem: 'twice' });
    seen.add(g.id);
    if (g.customer_id !== cid) problems.push({ row: 'greeting', id: g.id, problem: 'filedElsewhere' });
    if (!batchIds.has(g.batch_id)) problems.push({ row: 'greeting', id: g.id, problem: 'batchMissing' });
    if (g.entry_id !== null && !entryIds.has(g.entry_id) && book.entries.get(g.entry_id) !== cid)
      problems.push({ row: 'greeting', id: g.id, problem: 'entryOfAnother' });
  }
  return problems;
}

export function archiveGreetingProblems(archive: Archive, book: BookIds): ArchiveProblem[] {
  const batchIds = new Set(archive.greetingBatches.map((b) => b.id));
  return archive.customers.flatMap((c) => greetingProblems(c, batchIds, book));
}

/** What of the archive's greetings comes in: every row; the book keeps its own where it has one (by key). */
export function greetingRowsToImport(archive: Archive) {
  return {
    choices: archive.customers.flatMap((c) => (c.greetingChoice === null ? [] : [c.greetingChoice])),
    batches: archive.greetingBatches,
    greetings: archive.customers.flatMap((c) => c.greetings),
  };
}
