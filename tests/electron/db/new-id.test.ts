import { describe, expect, it } from 'vitest';
import { idSchema } from '../../../shared/contract/common';
import { namedId, newId } from '../../../electron/db/new-id';

describe('namedId', () => {
  it('gives the same name and moment the same valid UUIDv7 on every call, and another name another id', () => {
    const at = new Date('2026-12-31T16:00:00.000Z');
    const id = namedId('points-expiry/a/2026-01-01', at);
    expect(namedId('points-expiry/a/2026-01-01', new Date(at))).toBe(id);
    expect(namedId('points-expiry/b/2026-01-01', at)).not.toBe(id);
    expect(idSchema.safeParse(id).success).toBe(true);
    expect(id[14]).toBe('7');
    // Its time is the moment's, as a new id's is the time it was made: ids still sort by time.
    expect(id.slice(0, 13).replace('-', '')).toBe(at.getTime().toString(16).padStart(12, '0'));
    expect(namedId('x', new Date('2020-01-01T00:00:00Z')) < newId()).toBe(true);
  });
});
