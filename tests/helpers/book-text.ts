import { documentKinds } from '../../electron/domains/sync/sync-documents';
import type { TestApp } from './create-test-db';

/** What a book holds that replicates (every replicated table, without the columns each device derives), as text to compare between counters. */
export function bookText(app: Pick<TestApp, 'sqlite'>): string {
  const out: string[] = [];
  for (const model of Object.values(documentKinds)) {
    for (const table of [model.root, ...model.parts.map(([t]) => t)]) {
      const rows = (app.sqlite.prepare(`SELECT * FROM ${table}`).all() as Record<string, unknown>[]).map((r) =>
        JSON.stringify(Object.fromEntries(Object.entries(r).filter(([c]) => table !== model.root || !model.localColumns.includes(c)))),
      );
      out.push(`${table}: ${rows.sort().join('\n')}`);
    }
  }
  return out.join('\n');
}
