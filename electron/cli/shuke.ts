import path from 'node:path';
import { autoBackupNote, runBackup } from './commands/backup-command';
import { runRestore } from './commands/restore-command';
import { importReportText, runExport, runImport } from './commands/archive-commands';
import { errorText } from '../../shared/error-text';

const usage = `Usage:
  shuke backup --data DIR [--out FILE]   back up the book in DIR (default: into DIR/backups), verified
  shuke restore FILE --data DIR          restore a backup over the book in DIR (close the app first);
                                         the book as it was is kept in DIR/backups
  shuke export --format json|xlsx|csv|purchases-xlsx|purchases-csv|vcard --data DIR --out FILE [--lang en|zh-CN|zh-TW]
                                         the full JSON archive, customers or purchases for Excel/WPS
                                         (.xlsx or CSV, headers in --lang, default en), or vCards
  shuke import FILE --data DIR [--dry-run]
                                         a Shuke JSON archive, an Excel workbook (.xlsx), a CSV from
                                         Excel/WPS (UTF-8 or GBK) or a phone's vCards (.vcf); all or
                                         nothing, and people already in the book are merged

A book protected by a passcode opens with its passcode or recovery code in SHUKE_PASSCODE
(so it stays out of the shell's history), e.g. SHUKE_PASSCODE='…' shuke backup --data DIR.`;

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
  if (command === 'import') {
    const [source, ...flags] = rest;
    if (source === undefined || source.startsWith('--')) throw new Error(`Say which file to import.\n${usage}`);
    const dryRun = flags.includes('--dry-run');
    const data = options(flags.filter((f) => f !== '--dry-run')).get('--data');
    if (data === undefined) throw new Error(`--data is required.\n${usage}`);
    const report = await runImport(path.resolve(source), path.resolve(data), dryRun);
    console.log(importReportText(report));
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
  if (command === 'export') {
    const [format, data, out] = [opts.get('--format'), opts.get('--data'), opts.get('--out')];
    if (format === undefined || data === undefined || out === undefined)
      throw new Error(`--format, --data and --out are required.\n${usage}`);
    const result = await runExport(format, path.resolve(data), path.resolve(out), opts.get('--lang'));
    console.log(`Exported ${result.customers} customers to ${result.file}.`);
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
  console.error(`shuke: ${errorText(error)}`);
  process.exit(1);
});
