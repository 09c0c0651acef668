import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ownOccasionsText, parseOwnOccasions } from '../../../../renderer/src/features/greetings/own-occasions-text';

const id = '01a193b0-5bb4-7411-82f2-0a57bbb1962d';
const fresh = () => 'new-id';

describe('own occasions as text', () => {
  it('reads solar and lunar lines and keeps the id of an unchanged name', () => {
    const kept = [{ id, name: '店庆', calendar: 'solar' as const, month: 12, day: 8 }];
    expect(parseOwnOccasions('店庆 12-8\n开业纪念 农历 8-8\n\n', kept, fresh)).toEqual([
      { id, name: '店庆', calendar: 'solar', month: 12, day: 8 },
      { id: 'new-id', name: '开业纪念', calendar: 'lunar', month: 8, day: 8 },
    ]);
    expect(parseOwnOccasions('店庆 12月8日', [], fresh)?.[0]).toMatchObject({ month: 12, day: 8 });
  });

  it('refuses a line it cannot read rather than guess', () => {
    expect(parseOwnOccasions('店庆', [], fresh)).toBeNull();
    expect(parseOwnOccasions('店庆 13-1', [], fresh)).toBeNull();
    expect(parseOwnOccasions('店庆 2-32', [], fresh)).toBeNull();
  });

  it('what it writes it reads back the same', () => {
    const own = fc.record({
      id: fc.constant(id),
      name: fc.stringMatching(/^[店庆周年大促新品A-Za-z]{1,8}$/),
      calendar: fc.constantFrom('solar' as const, 'lunar' as const),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(own, { selector: (o) => o.name, maxLength: 5 }), (list) => {
        expect(parseOwnOccasions(ownOccasionsText(list, '农历'), list, fresh)).toEqual(list);
      }),
    );
  });
});
