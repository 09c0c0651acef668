import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProtectionStatus } from '../../../../shared/contract/protection.contract';
import { isEncryptedFile } from '../../../../electron/domains/encryption/book-file-copy';
import { keysFileOf } from '../../../../electron/domains/encryption/keys-file';
import { fakeKeyring, must, sessionApp, type SessionApp } from '../../../helpers/session-app';

const opened: SessionApp[] = [];
async function app(...args: Parameters<typeof sessionApp>): Promise<SessionApp> {
  const made = await sessionApp(...args);
  opened.push(made);
  return made;
}
afterEach(async () => {
  for (const made of opened.splice(0)) await made.session.lock();
});

async function withCustomer(made: SessionApp): Promise<string> {
  const created = await must<{ id: string }>(made, 'customers.create', { name: '王秀英', phones: [{ number: '13912345678' }] });
  return created.id;
}

describe('protecting the book', () => {
  it('encrypts the book in place, answers a recovery code once, and keeps everything readable', async () => {
    const made = await app();
    const id = await withCustomer(made);
    const enabled = await must<{ recoveryCode: string; status: ProtectionStatus }>(made, 'protection.enable', {
      passcode: 'counter-42',
      understood: true,
    });
    expect(enabled.recoveryCode).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(enabled.status).toMatchObject({ protected: true, locked: false, idleMinutes: 10, failedAttempts: 0 });
    expect(isEncryptedFile(made.file)).toBe(true);
    expect(fs.existsSync(keysFileOf(made.file))).toBe(true);
    expect(await must(made, 'customers.get', { id })).toMatchObject({ name: '王秀英' });
  });

  it('refuses every call but status and unlock while locked, with a code the page can act on', async () => {
    const made = await app();
    const id = await withCustomer(made);
    await must(made, 'protection.enable', { passcode: 'counter-42', understood: true });
    expect(await must(made, 'protection.lock')).toMatchObject({ protected: true, locked: true });
    const refused = await made.dispatch('customers.get', { id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'LOCKED', key: 'bookIsLocked' } });
    expect(await made.dispatch('lookup', { query: '王' })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(await must(made, 'protection.status')).toMatchObject({ locked: true });
    await must(made, 'protection.unlock', { secret: 'counter-42' });
    expect(await must(made, 'customers.get', { id })).toMatchObject({ name: '王秀英' });
  });

  it('counts wrong passcodes, makes the next try wait, and keeps the count across a restart', async () => {
    const made = await app();
    await must(made, 'protection.enable', { passcode: 'counter-42', understood: true });
    await must(made, 'protection.lock');
    const tries = [];
    for (let i = 0; i < 3; i++) tries.push(await made.dispatch('protection.unlock', { secret: 'wrong-one' }));
    expect(tries.map((t) => (t.ok ? null : t.error.params?.count))).toEqual([1, 2, 3]);
    expect(tries[2]).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED', key: 'passcodeWrong' } });
    const status = await must<ProtectionStatus>(made, 'protection.status');
    expect(status.failedAttempts).toBe(3);
    expect(status.retryAt).toBe(new Date(made.clock.now().getTime() + 1000).toISOString());
    // Even the right passcode waits its turn.
    expect(await made.dispatch('protection.unlock', { secret: 'counter-42' })).toMatchObject({ ok: false, error: { key: 'unlockWait' } });
    const again = await app(made.dir);
    expect(await must(again, 'protection.status')).toMatchObject({ locked: true, failedAttempts: 3 });
    made.clock.advance(1000);
    await must(made, 'protection.unlock', { secret: 'counter-42' });
    expect(await must(made, 'protection.status')).toMatchObject({ locked: false, failedAttempts: 0, retryAt: null });
  });

  it('unlocks with the recovery code however it is written back, and changes the passcode without rewriting the book', async () => {
    const made = await app();
    const { recoveryCode } = await must<{ recoveryCode: string }>(made, 'protection.enable', { passcode: 'counter-42', understood: true });
    await must(made, 'protection.lock');
    const sloppy = recoveryCode.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o');
    await must(made, 'protection.unlock', { secret: sloppy });
    const before = fs.readFileSync(made.file);
    await must(made, 'protection.changePasscode', { secret: 'counter-42', passcode: 'new-code-7' });
    expect(fs.readFileSync(made.file).subarray(0, 4096).equals(before.subarray(0, 4096))).toBe(true);
    await must(made, 'protection.lock');
    expect(await made.dispatch('protection.unlock', { secret: 'counter-42' })).toMatchObject({ ok: false });
    made.clock.advance(60_000);
    await must(made, 'protection.unlock', { secret: 'new-code-7' });
  });

  it('a new recovery code replaces the old one', async () => {
    const made = await app();
    const first = await must<{ recoveryCode: string }>(made, 'protection.enable', { passcode: 'counter-42', understood: true });
    const second = await must<{ recoveryCode: string }>(made, 'protection.newRecoveryCode', { secret: 'counter-42' });
    await must(made, 'protection.lock');
    expect(await made.dispatch('protection.unlock', { secret: first.recoveryCode })).toMatchObject({ ok: false });
    await must(made, 'protection.unlock', { secret: second.recoveryCode });
  });

  it('decrypts in place when turned off, and the book opens plain as before', async () => {
    const made = await app();
    const id = await withCustomer(made);
    await must(made, 'protection.enable', { passcode: 'counter-42', understood: true });
    expect(await made.dispatch('protection.disable', { secret: 'nope-nope' })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHORIZED' },
    });
    expect(await must(made, 'protection.disable', { secret: 'counter-42' })).toMatchObject({ protected: false, locked: false });
    expect(isEncryptedFile(made.file)).toBe(false);
    expect(fs.existsSync(keysFileOf(made.file))).toBe(false);
    await made.session.lock();
    const reopened = await app(made.dir);
    expect(await must(reopened, 'customers.get', { id })).toMatchObject({ name: '王秀英' });
  });

  it('a protected book starts locked, unless this computer’s keyring keeps its key', async () => {
    const keyring = fakeKeyring();
    const made = await app(undefined, keyring);
    await must(made, 'protection.enable', { passcode: 'counter-42', understood: true });
    await made.session.lock();
    expect(await must(await app(made.dir, keyring), 'protection.status')).toMatchObject({ locked: true, keyringAvailable: true });
    const unlocked = await app(made.dir, keyring);
    await must(unlocked, 'protection.unlock', { secret: 'counter-42' });
    expect(await must(unlocked, 'protection.setOptions', { autoUnlock: true, idleMinutes: 5 })).toMatchObject({
      autoUnlock: true,
      idleMinutes: 5,
    });
    await unlocked.session.lock();
    expect(await must(await app(made.dir, keyring), 'protection.status')).toMatchObject({ locked: false, autoUnlock: true });
    // Without a real keyring (browser mode, Linux basic_text) it is refused.
    const none = await app(made.dir, fakeKeyring(false));
    await must(none, 'protection.unlock', { secret: 'counter-42' });
    expect(await none.dispatch('protection.setOptions', { autoUnlock: true })).toMatchObject({
      ok: false,
      error: { key: 'keyringUnavailable' },
    });
  });
});
