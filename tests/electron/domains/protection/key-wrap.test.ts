import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { realKeyring } from '../../../../electron/domains/protection/file-keyring';
import { newBookKey, passcodeCost, unwrapKey, wrapKey } from '../../../../electron/domains/encryption/key-wrap';
import { newRecoveryCode, normalizeRecoveryCode } from '../../../../electron/domains/encryption/recovery-code';
import { waitAfterWrongTries } from '../../../../electron/domains/protection/unlock-attempts';
import { settleSwitch } from '../../../../electron/domains/protection/book-session';
import { must, sessionApp, tempDataDir } from '../../../helpers/session-app';

const cheap = { N: 1024, r: 8, p: 1 };

describe('the wrapped key', () => {
  it('opens with its secret only, and only under its own label', async () => {
    const key = newBookKey();
    const wrapped = await wrapKey(key, '店里的密码', cheap, 'book-a:passcode');
    expect((await unwrapKey(wrapped, '店里的密码', 'book-a:passcode'))?.equals(key)).toBe(true);
    expect(await unwrapKey(wrapped, '店里的密碼', 'book-a:passcode')).toBeNull();
    expect(await unwrapKey(wrapped, '店里的密码', 'book-b:passcode')).toBeNull();
    expect(await unwrapKey({ ...wrapped, data: Buffer.alloc(32).toString('base64') }, '店里的密码', 'book-a:passcode')).toBeNull();
  });

  it('costs the passcode about half a second of scrypt, with the cost kept beside it', async () => {
    const started = performance.now();
    const wrapped = await wrapKey(newBookKey(), 'counter-42', passcodeCost, 'label');
    const seconds = (performance.now() - started) / 1000;
    expect(wrapped.cost).toEqual({ N: 65536, r: 8, p: 1 });
    // Wide bounds: the machine may be busy; what matters is that it is neither free nor minutes.
    expect(seconds).toBeGreaterThan(0.05);
    expect(seconds).toBeLessThan(5);
  });
});

describe('the recovery code', () => {
  it('reads back however a person writes it: case, spaces, dashes, O for 0, I and L for 1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.constantFrom(' ', '-', '  ', ''), fc.boolean(), (_, gap, lower) => {
        const code = newRecoveryCode();
        expect(code).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
        const canonical = normalizeRecoveryCode(code);
        let written = code.replace(/-/g, gap).replace(/0/g, 'O').replace(/1/g, 'l');
        if (lower) written = written.toLowerCase();
        expect(normalizeRecoveryCode(written)).toBe(canonical);
      }),
      { numRuns: 200 },
    );
  });

  it('is never confused with a passcode', () => {
    expect(normalizeRecoveryCode('counter-42')).toBeNull();
    expect(normalizeRecoveryCode('UUUU-UUUU-UUUU-UUUU-UUUU-UUUU-UUUU-UUUU')).toBeNull();
  });
});

describe('wrong tries', () => {
  it('wait 0, 0, 1, 2, 4, 8 … seconds, never more than 5 minutes', () => {
    expect([1, 2, 3, 4, 5, 6, 11, 12, 50].map(waitAfterWrongTries)).toEqual([0, 0, 1, 2, 4, 8, 256, 300, 300]);
  });
});

describe('the keyring behind "unlock automatically"', () => {
  it('is real on macOS and Windows when encryption is there, on Linux only with libsecret or KWallet', () => {
    expect(realKeyring('darwin', true, '')).toBe(true);
    expect(realKeyring('win32', true, '')).toBe(true);
    expect(realKeyring('win32', false, '')).toBe(false);
    expect(realKeyring('linux', true, 'gnome_libsecret')).toBe(true);
    expect(realKeyring('linux', true, 'kwallet5')).toBe(true);
    expect(realKeyring('linux', true, 'basic_text')).toBe(false);
    expect(realKeyring('linux', true, 'unknown')).toBe(false);
  });
});

describe('opening after a crash', () => {
  it('refuses, in words, an encrypted book whose key file is gone, and names the file to put back', async () => {
    const made = await sessionApp(tempDataDir());
    await must(made, 'protection.enable', { passcode: 'counter-42', understood: true });
    await made.session.lock();
    fs.renameSync(`${made.file}.keys.json`, path.join(made.dir, 'elsewhere.json'));
    expect(() => settleSwitch(made.file)).toThrow(/shuke\.sqlite\.keys\.json is missing/);
  });
});
