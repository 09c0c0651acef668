import { describe, expect, it } from 'vitest';
import { firstLine, lastLineOf } from '../../../../electron/domains/entries/entry-text';

describe('entry text', () => {
  it('takes the last paragraph as the last line', () => {
    expect(lastLineOf('one\n\ntwo\n\n  three  \n\n')).toBe('three');
    expect(lastLineOf('')).toBe('');
  });

  it('takes the first written line as a title', () => {
    expect(firstLine('\n\n  M 号到货就打电话\n说好周六')).toBe('M 号到货就打电话');
    expect(firstLine('')).toBe('');
  });
});
