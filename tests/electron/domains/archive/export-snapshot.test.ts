import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Archive } from '../../../../shared/contract/archive.schema';
import { writeDemoBook } from '../../../../electron/cli/demo/write-demo-book';
import { writeExport } from '../../../../electron/domains/archive/export.service';
import { call, createTestApp } from '../../../helpers/create-test-db';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-export-snapshot-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('an export is one snapshot', () => {
  it('leaves out a save made while it pages through the book', async () => {
    const app = await createTestApp();
    await writeDemoBook(app.ctx.db, { customers: 1200, seed: 5, now: new Date('2026-11-24T08:00:00Z') });
    const last = app.sqlite.prepare('SELECT id FROM customers ORDER BY id DESC LIMIT 1').get() as { id: string };
    const entriesBefore = (app.sqlite.prepare('SELECT count(*) AS n FROM entries').get() as { n: number }).n;
    const out = path.join(dir, 'during.json');
    // The save starts while the export is under way; its customer is in the export's last page.
    const exporting = writeExport(app.ctx.db, 'json', out);
    const saving = call(app, 'entries.add', { customerId: last.id, kind: 'note', text: '导出时写的' });
    await Promise.all([exporting, saving]);
    const archive = JSON.parse(fs.readFileSync(out, 'utf8')) as Archive;
    expect(archive.customers.reduce((n, c) => n + c.entries.length, 0)).toBe(entriesBefore);
    expect((app.sqlite.prepare('SELECT count(*) AS n FROM entries').get() as { n: number }).n).toBe(entriesBefore + 1);
  });
});
