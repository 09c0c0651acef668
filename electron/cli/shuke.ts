import path from 'node:path';
import { autoBackupNote, runBackup } from './commands/backup-command';
import { runRestore } from './commands/restore-command';

const usage = `Usage:
  shuke backup --data DIR [--out FILE]   back up the book in DIR (default: into DIR/backups), verified
  shuke restore FILE --data DIR          restore a backup over the book in DIR (close the app first);
                                         the book as it was is kept in DIR/backups

Import and export will come in a later version.`;

function options(argv: string[]): Map<string, string> {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 2) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === undefined || !flag.startsWith('--') || value === undefined || value.startsWith('--')) {
      throw new Error(`Unknown or incomplete option “${flag ?? ''}”.\n${usage}`);
    }
    values.set(flag, value);
  }
  return values;
}

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  if (command === undefined || command === '--help' || command === 'help') {
    console.log(usage);
    return;
  }
  if (command === 'restore') {
    await restore(rest);
    return;
  }
  const opts = options(rest);
  if (command === 'backup') {
    const data = opts.get('--data');
    if (data === undefined) throw new Error(`--data is required.\n${usage}`);
    const out = opts.get('--out');
    const result = await runBackup(path.resolve(data), out === undefined ? undefined : path.resolve(out));
    console.log(`Backed up ${result.customers} customers to ${result.file} (${(result.bytes / 1024).toFixed(0)} KB), verified.`);
    console.log(autoBackupNote);
    return;
  }
  throw new Error(`Unknown command “${command}”.\n${usage}`);
}

async function restore(rest: string[]): Promise<void> {
  const [source, ...flags] = rest;
  if (source === undefined || source.startsWith('--')) throw new Error(`Say which backup file to restore.\n${usage}`);
  const data = options(flags).get('--data');
  if (data === undefined) throw new Error(`--data is required.\n${usage}`);
  const result = await runRestore(path.resolve(source), path.resolve(data));
  console.log(`Restored ${result.customers} customers from ${result.restoredFrom}. The book as it was is kept at ${result.snapshot}.`);
}

main().catch((error: unknown) => {
  console.error(`shuke: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
