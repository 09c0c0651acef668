import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { must, sessionApp, type SessionApp, chosen } from '../../../helpers/session-app';

const opened: SessionApp[] = [];
afterEach(async () => {
  for (const made of opened.splice(0)) await made.session.lock();
});

async function shopWithBackup(protect: boolean) {
  const made = await sessionApp();
  opened.push(made);
  const gone = await must<{ id: string }>(made, 'customers.create', { name: '司马懿', phones: [{ number: '13700001111' }] });
  await must(made, 'entries.add', { customerId: gone.id, kind: 'note', text: '司马懿 要退货' });
  await must(made, 'customers.create', { name: '诸葛亮' });
  if (protect) await must(made, 'protection.enable', { passcode: 'counter-42', understood: true });
  const backup = await must<{ file: string }>(made, 'backup.now');
  await must(made, 'customers.delete', { id: gone.id, confirmName: '司马懿' });
  return { made, gone: gone.id, backup: backup.file };
}

describe('forgetting a deleted customer in the backups too', () => {
  it.each([false, true])('names the backups that still hold them, and rewrites them without them (protected: %s)', async (protect) => {
    const { made, gone, backup } = await shopWithBackup(protect);
    const listed = await must<{ backups: { file: string; holds: boolean | null; rewritten: boolean }[] }>(made, 'backup.forgetCustomer', {
      id: gone,
      rewrite: false,
    });
    expect(listed.backups).toEqual([{ file: backup, holds: true, rewritten: false }]);
    if (!protect) expect(fs.readFileSync(backup).includes(Buffer.from('司马懿'))).toBe(true);

    const rewritten = await must<typeof listed>(made, 'backup.forgetCustomer', { id: gone, rewrite: true });
    expect(rewritten.backups).toEqual([{ file: backup, holds: false, rewritten: true }]);
    expect(fs.readFileSync(backup).includes(Buffer.from('司马懿'))).toBe(false);
    expect(fs.readFileSync(backup).includes(Buffer.from('13700001111'))).toBe(false);
    // The rewritten backup still restores, with everyone else in it.
    const inspected = await must<{ backup: { customers: number } }>(made, 'backup.inspect', { chosen: chosen(made, backup) });
    expect(inspected.backup.customers).toBe(1);
    const again = await must<typeof listed>(made, 'backup.forgetCustomer', { id: gone, rewrite: false });
    expect(again.backups).toEqual([{ file: backup, holds: false, rewritten: false }]);
  });
});
