import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APP_VERSION } from '../../../shared/domain/app-version';

describe('APP_VERSION', () => {
  it('is the version in package.json, so a book records the Shuke that wrote it', () => {
    const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { version: string };
    expect(APP_VERSION).toBe(pkg.version);
  });
});
