import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { errorText } from '../../shared/error-text';

function stringOf(value: unknown): string | undefined {
  try {
    return String(value);
  } catch {
    return undefined;
  }
}

describe('errorText', () => {
  it("says an Error's own message, not its name or stack", () => {
    expect(errorText(new TypeError('the book is busy'))).toBe('the book is busy');
  });

  it('says anything else thrown as its string', () => {
    expect(errorText('database is locked')).toBe('database is locked');
    expect(errorText(42)).toBe('42');
    expect(errorText(undefined)).toBe('undefined');
    expect(errorText(null)).toBe('null');
  });

  it('says a value that cannot be made a string by what it is, instead of throwing', () => {
    expect(errorText({ toString: 0 })).toBe('[object Object]');
    expect(errorText(Object.create(null))).toBe('[object Object]');
  });

  it('says any Error by its message and any other value as its string, never throwing', () => {
    fc.assert(fc.property(fc.string(), (message) => errorText(new RangeError(message)) === message));
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const text = errorText(value);
        const expected = stringOf(value);
        return typeof text === 'string' && (expected === undefined || text === expected);
      }),
    );
  });
});
