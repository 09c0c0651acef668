import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { keysFileOf } from '../../../../electron/domains/encryption/keys-file';
import { must, sessionApp, tempDataDir, type SessionApp, chosen } from '../../../helpers/session-app';

const opened: SessionApp[] = [];
async function app(dir?: string): Promise<SessionApp> {
  const made = await sessionApp(dir);
  opened.push(made);
  return made;
}
afterEach(async () => {
  for (const made of opened.splice(0)) await made.session.lock();
});

const people = [
  { name: '欧阳娜娜', phone: '13800138000' },
  { name: '陳美玲', phone: '13912345678' },
  { name: 'Margaret Thornbury', phone: '07700900461' },
];
const needles = people.flatMap((p) => [p.name, p.phone]);

/** Which of the known names and phones can be read in a file's raw bytes (UTF-8 and UTF-16, as SQLite may store text). */
function leaks(file: string): string[] {
  const bytes = fs.readFileSync(file);
  return needles.filter((needle) => bytes.includes(Buffer.from(needle, 'utf8')) || bytes.includes(Buffer.from(needle, 'utf16le')));
}

async function fill(made: SessionApp): Promise<void> {
  for (const p of people) {
    const customer = await must<{ id: string }>(made, 'customers.create', { name: p.name, phones: [{ number: p.phone }] });
    await must(made, 'entries.add', { customerId: customer.id, kind: 'note', text: `${p.name} 喜欢真丝围巾` });
  }
}

describe('everything a protected book leaves on disk', () => {
  it('holds none of its customers’ names or phones in the clear: book, WAL and backups', async () => {
    const made = await app();
    await fill(made);
    // The test can fail: before protection the names are there to be found.
    expect(leaks(made.file).length + (fs.existsSync(`${made.file}-wal`) ? leaks(`${made.file}-wal`).length : 0)).toBeGreaterThan(0);
    await must(made, 'protection.enable', { passcode: 'counter-42', understood: true });
    // Written after protection: these pages go through the WAL first.
    await must(made, 'customers.create', { name: '欧阳娜娜', phones: [{ number: '13800138000' }], allowDuplicate: true });
    const wal = `${made.file}-wal`;
    expect(fs.existsSync(wal) && fs.statSync(wal).size > 0).toBe(true);
    const backup = await must<{ file: string }>(made, 'backup.now');
    expect(fs.existsSync(keysFileOf(backup.file))).toBe(true);
    for (const file of [made.file, wal, backup.file])
      expect({ file: path.basename(file), leaks: leaks(file) }).toEqual({ file: path.basename(file), leaks: [] });
    // The key file holds only wrapped keys.
    expect(leaks(keysFileOf(made.file))).toEqual([]);
  });

  it('restores a protected backup in a fresh data folder with the recovery code, and the result stays protected', async () => {
    const made = await app();
    await fill(made);
    const { recoveryCode } = await must<{ recoveryCode: string }>(made, 'protection.enable', { passcode: 'counter-42', understood: true });
    const backup = await must<{ file: string }>(made, 'backup.now');
    // Carried to another computer: the backup and its key file, nothing else.
    const usb = tempDataDir();
    const carried = path.join(usb, path.basename(backup.file));
    fs.copyFileSync(backup.file, carried);
    fs.copyFileSync(keysFileOf(backup.file), keysFileOf(carried));

    const fresh = await app(tempDataDir());
    await must(fresh, 'customers.create', { name: 'Placeholder' });
    expect(await fresh.dispatch('backup.inspect', { chosen: chosen(fresh, carried) })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHORIZED', key: 'backupNeedsSecret' },
    });
    expect(await fresh.dispatch('backup.inspect', { chosen: chosen(fresh, carried), secret: 'not-it-at-all' })).toMatchObject({
      ok: false,
      error: { key: 'passcodeWrong' },
    });
    const inspected = await must<{ backup: { customers: number } }>(fresh, 'backup.inspect', {
      chosen: chosen(fresh, carried),
      secret: recoveryCode,
    });
    expect(inspected.backup.customers).toBe(3);
    await must(fresh, 'backup.restore', { chosen: chosen(fresh, carried), secret: recoveryCode });
    expect(await must(fresh, 'protection.status')).toMatchObject({ protected: true, locked: false });
    expect(leaks(fresh.file)).toEqual([]);
    await must(fresh, 'protection.lock');
    await must(fresh, 'protection.unlock', { secret: 'counter-42' });
    const list = await must<{ items: { name: string }[] }>(fresh, 'customers.list', {});
    expect(list.items.map((c) => c.name).sort()).toEqual(people.map((p) => p.name).sort());
  });

  it('a backup without its key file, or opened without a key, is refused in words a person can act on', async () => {
    const made = await app();
    await fill(made);
    await must(made, 'protection.enable', { passcode: 'counter-42', understood: true });
    const backup = await must<{ file: string }>(made, 'backup.now');
    const elsewhere = path.join(tempDataDir(), 'copy.sqlite');
    fs.copyFileSync(backup.file, elsewhere);
    const fresh = await app(tempDataDir());
    await must(fresh, 'customers.create', { name: 'Placeholder' });
    const refused = await fresh.dispatch('backup.inspect', { chosen: chosen(fresh, elsewhere), secret: 'counter-42' });
    expect(refused).toMatchObject({ ok: false, error: { key: 'backupKeysMissing' } });
    expect(refused.ok ? '' : refused.error.message).toContain('copy.sqlite.keys.json');
  });
});
