import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRestoreStaging } from '../../../electron/web/restore-staging';
import { newBookKey, wrapKey } from '../../../electron/domains/encryption/key-wrap';
import type { KeysFile } from '../../../electron/domains/encryption/keys-file';
import { cheapCost } from '../../helpers/session-app';

async function keysFile(): Promise<KeysFile> {
  const key = newBookKey();
  return {
    version: 1,
    bookId: '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b',
    cipher: 'chacha20',
    passcode: await wrapKey(key, 'passcode', cheapCost.passcode, 'p'),
    recovery: await wrapKey(key, 'RECOVERY', cheapCost.recovery, 'r'),
    idleMinutes: 10,
    autoUnlock: false,
    failedAttempts: 0,
    retryAt: null,
  };
}

describe('restore staging', () => {
  it('keeps only the newest upload under a plain version of its name, and clears up', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-staging-test-'));
    const upload = path.join(dir, 'upload.sqlite');
    fs.writeFileSync(upload, 'book');
    const staging = createRestoreStaging();
    const first = staging.stage(upload, 'shuke-20261121-090000.sqlite');
    expect(path.basename(first)).toBe('shuke-20261121-090000.sqlite');
    const second = staging.stage(upload, '../../etc/passwd');
    expect(path.dirname(second)).toBe(path.dirname(first));
    expect(fs.existsSync(first)).toBe(false);
    expect(path.basename(second)).not.toContain('/');
    expect(path.basename(staging.stage(upload, '..'))).toBe('uploaded-backup.sqlite');
    expect(path.basename(staging.stage(upload, null))).toBe('uploaded-backup.sqlite');
    staging.clear();
    expect(fs.existsSync(path.dirname(first))).toBe(false);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('puts a key file beside the staged backup, and refuses anything else or another backup', async () => {
    const sampleKeys = await keysFile();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-staging-keys-'));
    const upload = path.join(dir, 'upload.sqlite');
    fs.writeFileSync(upload, 'book');
    const staging = createRestoreStaging();
    const staged = staging.stage(upload, 'shuke-20261121-090000.sqlite');
    const notKeys = path.join(dir, 'notes.json');
    fs.writeFileSync(notKeys, '{"hello":1}');
    expect(() => staging.stageKeys(notKeys, staged)).toThrow(
      expect.objectContaining({ said: { key: 'backupKeysUnreadable', params: {} } }),
    );
    expect(fs.existsSync(`${staged}.keys.json`)).toBe(false);
    const keys = path.join(dir, 'k.json');
    fs.writeFileSync(keys, JSON.stringify(sampleKeys));
    expect(() => staging.stageKeys(keys, path.join(dir, 'elsewhere.sqlite'))).toThrow(
      expect.objectContaining({ said: { key: 'chosenFileUnknown', params: {} } }),
    );
    staging.stageKeys(keys, staged);
    expect(JSON.parse(fs.readFileSync(`${staged}.keys.json`, 'utf8'))).toEqual(sampleKeys);
    staging.clear();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
