import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Customer } from '../../../../shared/contract';
import type { Archive } from '../../../../shared/contract/archive.schema';
import { writeExport } from '../../../../electron/domains/archive/export.service';
import { importArchive } from '../../../../electron/domains/archive/import-archive.service';
import { call, createTestApp, dumpRows, type TestApp } from '../../../helpers/create-test-db';

let dir: string;
const opened: TestApp[] = [];
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-archive-greetings-'));
});
afterEach(async () => {
  for (const app of opened.splice(0)) await app.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function book(): Promise<TestApp> {
  const app = await createTestApp();
  opened.push(app);
  return app;
}

/** Two customers: one asked for no marketing (held back), one greeted for 中秋. */
async function greeted(): Promise<{ app: TestApp; wang: Customer; li: Customer; file: string }> {
  const app = await book();
  const wang = await call<Customer>(app, 'customers.create', { name: '王丽华' });
  const li = await call<Customer>(app, 'customers.create', { name: '李明' });
  await call(app, 'greetings.setChoice', { customerId: wang.id, noMarketing: true });
  const batch = await call<{ batchId: string }>(app, 'greetings.drafts', {
    occasion: { kind: 'festival', festival: 'mid_autumn', year: 2027 },
    audience: { customerIds: [wang.id, li.id] },
  });
  await call(app, 'greetings.record', { batchId: batch.batchId, customerId: li.id, outcome: 'sent', text: '李先生，中秋快乐！' });
  const file = path.join(dir, 'book.json');
  await writeExport(app.ctx.db, 'json', file);
  return { app, wang, li, file };
}

const greetingTables = (app: TestApp) => {
  const rows = dumpRows(app.sqlite);
  return { greeting_choices: rows.greeting_choices, greeting_batches: rows.greeting_batches, greetings: rows.greetings };
};

describe('greetings in the JSON archive', () => {
  it('travel to a new book: the no-marketing choice, the batch and what was done for each customer', async () => {
    const { app, wang, li, file } = await greeted();
    const fresh = await book();
    await importArchive(fresh.ctx.db, file);
    expect(greetingTables(fresh)).toEqual(greetingTables(app));
    expect(await call(fresh, 'greetings.choice', { customerId: wang.id })).toEqual({ noMarketing: true });
    // Greeted in the old book, held back as already greeted in the new one.
    const again = await call<{ items: { customerId: string; holds: string[] }[] }>(fresh, 'greetings.drafts', {
      occasion: { kind: 'festival', festival: 'mid_autumn', year: 2027 },
      audience: { customerIds: [li.id] },
    });
    expect(again.items[0]?.holds).toContain('already_greeted');
  });

  it('an archive from before greetings still comes in', async () => {
    const { file } = await greeted();
    const archive = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown> & { customers: Record<string, unknown>[] };
    delete archive.greetingBatches;
    for (const c of archive.customers) {
      delete c.greetings;
      delete c.greetingChoice;
    }
    const old = path.join(dir, 'old.json');
    fs.writeFileSync(old, JSON.stringify(archive));
    const fresh = await book();
    await expect(importArchive(fresh.ctx.db, old)).resolves.toMatchObject({ customers: 2 });
    expect(greetingTables(fresh)).toEqual({ greeting_choices: [], greeting_batches: [], greetings: [] });
  });

  it('refuses a greeting whose batch is not in the archive, and changes nothing', async () => {
    const { file } = await greeted();
    const archive = JSON.parse(fs.readFileSync(file, 'utf8')) as Archive;
    const broken = path.join(dir, 'broken.json');
    fs.writeFileSync(broken, JSON.stringify({ ...archive, greetingBatches: [] }));
    const fresh = await book();
    await expect(importArchive(fresh.ctx.db, broken)).rejects.toThrow(/batch of greetings/);
    expect(dumpRows(fresh.sqlite).customers).toEqual([]);
  });
});
