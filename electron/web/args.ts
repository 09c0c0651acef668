import os from 'node:os';
import path from 'node:path';
import type { UiLocale } from '../../shared/domain/salutation';

export interface WebArgs {
  dataDir: string;
  port: number;
  lang: UiLocale | null;
  /** A folder for backups, set by whoever starts browser mode (the page cannot name one). */
  backups: string | null;
}

const langs: readonly UiLocale[] = ['en', 'zh-CN', 'zh-TW'];

/** `--data DIR [--port N] [--lang en|zh-CN|zh-TW] [--backups DIR]`; throws a readable message on anything else. */
export function parseWebArgs(argv: string[], home = os.homedir()): WebArgs {
  const args: WebArgs = { dataDir: path.join(home, 'shuke-data'), port: 0, lang: null, backups: null };
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === '--data' || flag === '--port' || flag === '--lang' || flag === '--backups') {
      if (value === undefined || value.startsWith('--')) throw new Error(`${flag} needs a value`);
      i += 1;
      if (flag === '--data') args.dataDir = path.resolve(value);
      if (flag === '--backups') args.backups = path.resolve(value);
      if (flag === '--port') {
        const port = Number(value);
        if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a number from 0 to 65535, not “${value}”`);
        args.port = port;
      }
      if (flag === '--lang') {
        const lang = langs.find((l) => l === value);
        if (lang === undefined) throw new Error(`--lang must be one of ${langs.join(', ')}, not “${value}”`);
        args.lang = lang;
      }
    } else {
      throw new Error(`Unknown option “${flag}”. Usage: npm run web -- --data DIR [--port N] [--lang en|zh-CN|zh-TW] [--backups DIR]`);
    }
  }
  return args;
}
