import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../../renderer/src/app/i18n/i18n';
import { checkComposer, giftRepeatText, type ComposerState } from '../../../../renderer/src/features/diary/composer-check';
import { emptyDetails } from '../../../../renderer/src/features/diary/details-draft';
import { emptyLine } from '../../../../renderer/src/features/diary/line-drafts';

const { t } = createI18n('en');
const hourAgo = new Date(Date.now() - 3_600_000).toISOString();

function state(patch: Partial<ComposerState>): ComposerState {
  return {
    customerId: 'c1',
    currency: 'CNY',
    kind: 'note',
    text: 'asked about the blue coat',
    when: '',
    lines: [emptyLine()],
    details: emptyDetails,
    pay: '',
    warned: false,
    lastContactAt: null,
    settings: { contactCooldownDays: 3 },
    card: null,
    ...patch,
  };
}

describe('the composer’s checks before saving', () => {
  it('saves a note as written, with no card payment', () => {
    expect(checkComposer(state({}), t, 'en')).toEqual({
      draft: { customerId: 'c1', kind: 'note', text: 'asked about the blue coat', lines: [], details: null },
      memberPayMinor: null,
    });
  });

  it('says so when nothing is written, and asks first about a purchase line without an item', () => {
    expect(checkComposer(state({ text: '   ' }), t, 'en')).toEqual({
      problem: 'Write what happened (or add a purchase line) before saving.',
      nothingWritten: true,
    });
    const line = { ...emptyLine(), price: '12' };
    expect(checkComposer(state({ kind: 'purchase', text: '', lines: [line] }), t, 'en')).toEqual({ problem: 'Line 1 needs an item.' });
  });

  it('asks once before a contact within the cool-down, then saves', () => {
    const call = state({ kind: 'call', lastContactAt: hourAgo });
    expect(checkComposer(call, t, 'en')).toEqual({ warn: true });
    expect(checkComposer({ ...call, warned: true }, t, 'en')).toHaveProperty('draft.kind', 'call');
    expect(checkComposer(state({ kind: 'note', lastContactAt: hourAgo }), t, 'en')).toHaveProperty('draft.kind', 'note');
  });

  it('names a gift given before, whatever its case and spaces', () => {
    const gifts = [{ entryId: 'e1', item: 'Silk Scarf', occasion: null, occurredAt: '2026-03-01T10:00:00.000Z' }];
    const details = { ...emptyDetails, giftItem: '  silk scarf ' };
    expect(giftRepeatText('gift', details, gifts, t, 'en')).toMatch(/^Already given: Silk Scarf, /);
    expect(giftRepeatText('note', details, gifts, t, 'en')).toBeNull();
    expect(giftRepeatText('gift', { ...emptyDetails, giftItem: 'tea' }, gifts, t, 'en')).toBeNull();
  });
});
