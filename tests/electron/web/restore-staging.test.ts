import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRestoreStaging } from '../../../electron/web/restore-staging';

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
});
