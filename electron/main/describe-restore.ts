import { contract, type CallOutput } from '../../shared/contract';

type Summary = CallOutput<'backup.inspect'>['backup'];

function line(label: string, book: Summary): string {
  const newest = book.newestEntryAt === null ? 'no entries' : `newest entry ${book.newestEntryAt.slice(0, 10)}`;
  const made = book.madeAt === null ? 'open now' : `made ${book.madeAt.slice(0, 16).replace('T', ' ')} UTC`;
  return `${label}: ${book.customers} customers, ${book.entries} diary entries, ${newest}; ${made}; written by Shuke ${book.appVersion ?? '(older)'}`;
}

/** Both books side by side, for the desktop's confirmation box. */
export function describeRestore(raw: unknown): string {
  const inspected = contract['backup.inspect'].output.parse(raw);
  return [
    line('The backup', inspected.backup),
    line('The book now', inspected.current),
    'The book as it is now is kept in the backups folder, and the restore can be undone from Today.',
  ].join('\n\n');
}
