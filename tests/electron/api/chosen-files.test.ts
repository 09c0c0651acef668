import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createChosenFiles } from '../../../electron/api/chosen-files';

describe('chosen files', () => {
  it('gives each chosen file an unguessable id and answers only ids it gave', () => {
    const chosen = createChosenFiles();
    const a = chosen.add('/media/usb/shuke-20261203.sqlite');
    const b = chosen.add('/media/usb/shuke-20261203.sqlite');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[\w-]{24}$/);
    expect(chosen.path(a)).toBe(path.resolve('/media/usb/shuke-20261203.sqlite'));
    expect(() => chosen.path('/etc/passwd')).toThrow(/choose it again/);
    expect(() => createChosenFiles().path(a)).toThrow(/choose it again/);
  });

  it('forgets the oldest once many have been chosen', () => {
    const chosen = createChosenFiles();
    const first = chosen.add('/b/0.sqlite');
    const ids = Array.from({ length: 16 }, (_, i) => chosen.add(`/b/${i + 1}.sqlite`));
    expect(() => chosen.path(first)).toThrow();
    for (const id of ids) expect(() => chosen.path(id)).not.toThrow();
  });
});
