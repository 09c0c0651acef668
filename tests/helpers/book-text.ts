import { documentKinds, isSharedSetting } from '../../electron/domains/sync/sync-documents';
import type { TestApp } from './create-test-db';

/** What a book holds that replicates (every replicated table, without the columns and settings each device keeps for itself), as text to compare between counters. */
export function bookText(app: Pick<TestApp, 'sqlite'>): string {
  const out: string[] = [];
  for (const model of Object.values(documentKinds)) {
    for (const table of [model.root, ...model.parts.map(([t]) => t)]) {
      const rows = (app.sqlite.prepare(`SELECT * FROM ${table}`).all() as Record<string, unknown>[])
        // A counter's own settings (its name, its backup folder) are not the book's.
        .filter((r) => table !== 'settings' || (typeof r.key === 'string' && isSharedSetting(r.key)))
        .map((r) =>
          JSON.stringify(Object.fromEntries(Object.entries(r).filter(([c]) => table !== model.root || !model.localColumns.includes(c)))),
        );
      out.push(`${table}: ${rows.sort().join('\n')}`);
    }
  }
  return out.join('\n');
}
