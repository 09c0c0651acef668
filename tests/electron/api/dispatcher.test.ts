import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callNames } from '../../../shared/contract';
import { isMessageKey } from '../../../shared/domain/messages';
import { AppError } from '../../../electron/api/app-error';
import { createDispatcher } from '../../../electron/api/dispatcher';
import { handlers, type Handlers } from '../../../electron/api/handlers';
import { defaultSettings } from '../../../electron/domains/settings/settings.service';
import { call, createTestApp, dumpRows, type TestApp } from '../../helpers/create-test-db';

let app: TestApp;
let customerId: string;
let entryId: string;

beforeEach(async () => {
  app = await createTestApp();
  customerId = (await call<{ id: string }>(app, 'customers.create', { name: '张三', phones: [{ number: '13800138000' }] })).id;
  entryId = (await call<{ id: string }>(app, 'entries.add', { customerId, kind: 'note', text: '第一次来' })).id;
  await call(app, 'preferences.set', { customerId, polarity: 'like', value: '藏青' });
});
afterEach(async () => {
  await app.close();
});

const missing = '01900000-0000-7000-8000-000000000000';

/** Inputs every call must refuse: wrong types, unknown fields, and each call's own bad cases. */
function badInputs(name: string): unknown[] {
  const generic: unknown[] = [null, 42, 'hello', [], { unexpected: true }];
  const specific: Record<string, unknown[]> = {
    'customers.create': [
      {},
      { name: '' },
      { name: '   ', phones: [] },
      { name: 'x', phones: [{ number: 'abc' }] },
      { name: 'x', email: 'not-an-email' },
      { name: 'x'.repeat(101) },
      { name: 'x', gender: 'other' },
    ],
    'customers.update': [
      { id: 'nope', patch: {} },
      { id: customerId, patch: { gender: 'x' } },
      { id: customerId },
      { id: customerId, patch: { phones: [{ number: '' }] } },
    ],
    'customers.get': [{}, { id: 'not-a-uuid' }],
    'customers.list': [{ limit: 0 }, { limit: 10_000 }, { offset: -1 }, { query: 5 }],
    'customers.archive': [{ id: customerId }, { id: customerId, archived: 'yes' }],
    'entries.add': [
      { customerId, kind: 'note', text: '' },
      { customerId, kind: 'dance', text: 'x' },
      { customerId, kind: 'note', text: 'x', lines: [{ item: 'shirt' }] },
      { customerId, kind: 'purchase', lines: [{ item: '' }] },
      { customerId, kind: 'purchase', lines: [{ item: 'shirt', unitPriceMinor: -5 }] },
      { customerId, kind: 'purchase', lines: [{ item: 'shirt', unitPriceMinor: 1.5 }] },
      { customerId, kind: 'purchase', lines: [{ item: 'shirt', quantity: 0 }] },
      { customerId, kind: 'purchase', lines: [{ item: 'shirt', currency: 'yuan' }] },
      { customerId, kind: 'note', text: 'x', occurredAt: 'yesterday' },
    ],
    'entries.update': [
      { id: entryId, patch: { kind: 'dance' } },
      { id: entryId, patch: { occurredAt: 'soon' } },
    ],
    'entries.delete': [{}, { id: 1 }],
    'entries.restore': [{}],
    'entries.timeline': [
      { customerId, limit: 0 },
      { customerId, cursor: 'DROP TABLE entries' },
    ],
    'entries.trash': [{}],
    'preferences.set': [
      { customerId, polarity: 'love', value: 'x' },
      { customerId, polarity: 'like', value: '' },
      { customerId, polarity: 'like', category: 'mood', value: 'x' },
    ],
    'preferences.remove': [{}],
    'preferences.list': [{}],
    recall: [{}, { customerId: 'x' }],
    'settings.get': [{ currency: 'CNY' }],
    'settings.update': [{ currency: 'rmb' }],
  };
  return [...generic, ...(specific[name] ?? [])];
}

describe('dispatcher', () => {
  it.each(callNames)('%s refuses bad input with a readable message and writes nothing', async (name) => {
    const before = dumpRows(app.sqlite);
    for (const input of badInputs(name)) {
      const result = await app.dispatch(name, input);
      expect(result, `${name} accepted ${JSON.stringify(input)}`).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      if (!result.ok) {
        expect(result.error.message).toMatch(new RegExp(`^Invalid ${name.replace('.', '\\.')}: .+`));
        expect(result.error.message).not.toMatch(/\[object Object\]|undefined/);
        // Each refused field by key, for the UI to word in the user's language.
        expect(result.error.key).toBe('invalidInput');
        expect(result.error.issues?.length).toBeGreaterThan(0);
        for (const issue of result.error.issues ?? []) expect(isMessageKey(issue.key), `${name}: ${issue.key}`).toBe(true);
      }
    }
    expect(dumpRows(app.sqlite)).toEqual(before);
  });

  it('says which field it refuses and why by key, keeping the English sentence for logs', async () => {
    const refused = async (name: string, input: unknown) => {
      const result = await app.dispatch(name, input);
      if (result.ok) throw new Error(`${name} accepted ${JSON.stringify(input)}`);
      return result.error;
    };
    expect(await refused('customers.create', { name: '', phones: [{ number: 'abc' }] })).toEqual({
      code: 'INVALID_INPUT',
      message: 'Invalid customers.create: phones.0.number: phone number must contain digits',
      key: 'invalidInput',
      params: { call: 'customers.create', problems: 'phones.0.number: phone number must contain digits' },
      issues: [{ path: ['phones', '0', 'number'], key: 'phoneNeedsDigits', params: {} }],
    });
    const secondPhone = await refused('customers.update', {
      id: customerId,
      patch: { phones: [{ number: '138' }, { number: 'call me' }] },
    });
    expect(secondPhone.issues).toEqual([{ path: ['patch', 'phones', '1', 'number'], key: 'phoneNeedsDigits', params: {} }]);
    expect((await refused('customers.update', { id: customerId, patch: { name: '名'.repeat(101) } })).issues).toEqual([
      { path: ['patch', 'name'], key: 'tooLong', params: { maximum: 100 } },
    ]);
    expect((await refused('settings.update', { vipTopPercent: 150 })).issues).toEqual([
      { path: ['vipTopPercent'], key: 'tooBig', params: { maximum: 50 } },
    ]);
    const date = { customerId, kind: 'birthday', calendar: 'solar' };
    expect((await refused('dates.set', { ...date, month: 2, day: 30 })).issues).toEqual([{ path: ['day'], key: 'noSuchDay', params: {} }]);
    expect((await refused('dates.set', { ...date, month: 13, day: 1 })).issues).toEqual([
      { path: ['month'], key: 'monthRange', params: { maximum: 12 } },
    ]);
    expect((await refused('segments.save', { name: '   ', filter: {} })).issues).toEqual([
      { path: ['name'], key: 'segmentNeedsName', params: { minimum: 1 } },
    ]);
    expect((await refused('preferences.set', { customerId, value: 'x' })).issues).toEqual([
      { path: ['polarity'], key: 'required', params: { allowed: 'like, dislike, fact' } },
    ]);
  });

  it('refuses an entry’s details that do not fit its kind by key, like a schema would', async () => {
    const error = await app.dispatch('entries.update', { id: entryId, patch: { details: { giftItem: '围巾' } } });
    expect(error).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: 'Invalid entries.update: patch.details.giftItem: only a gift has a gift item',
        issues: [{ path: ['patch', 'details', 'giftItem'], key: 'giftOnlyGift', params: {} }],
      },
    });
  });

  it('refuses changes to things that do not exist, writing nothing', async () => {
    const before = dumpRows(app.sqlite);
    const calls: [string, unknown][] = [
      ['customers.update', { id: missing, patch: { name: 'x' } }],
      ['customers.archive', { id: missing, archived: true }],
      ['entries.add', { customerId: missing, kind: 'note', text: 'x' }],
      ['entries.update', { id: missing, patch: { text: 'x' } }],
      ['entries.delete', { id: missing }],
      ['preferences.set', { customerId: missing, polarity: 'like', value: 'x' }],
      ['preferences.remove', { id: missing }],
      ['recall', { customerId: missing }],
    ];
    for (const [name, input] of calls) {
      const result = await app.dispatch(name, input);
      expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      // Worded by key, so the UI says it in the user's language.
      if (!result.ok) expect(result.error.key).toMatch(/^notFound(Customer|Entry|Preference)$/);
    }
    expect(dumpRows(app.sqlite)).toEqual(before);
  });

  it('names an unknown call', async () => {
    expect(await app.dispatch('customers.drop', {})).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_CALL', message: 'There is no call named “customers.drop”.' },
    });
    expect(await app.dispatch('__proto__', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CALL' } });
  });

  it('rolls back a call that fails half way', async () => {
    const before = dumpRows(app.sqlite);
    // A purchase whose second line breaks a table constraint after the entry row was written.
    const result = await app.dispatch('entries.add', {
      customerId,
      kind: 'purchase',
      lines: [{ item: 'a' }, { item: 'b', amountMinor: 1e13 + 1 }],
    });
    expect(result.ok).toBe(false);
    expect(dumpRows(app.sqlite)).toEqual(before);
  });

  it('turns thrown errors into results and hides internals behind a plain message', async () => {
    const table: Handlers = {
      ...handlers,
      'settings.get': () => Promise.reject(new AppError('CONFLICT', 'The book is busy.')),
      'customers.get': () => Promise.reject(new Error('disk I/O error')),
    };
    const dispatch = createDispatcher(app.ctx, table);
    expect(await dispatch('settings.get', {})).toEqual({ ok: false, error: { code: 'CONFLICT', message: 'The book is busy.' } });
    const failed = await dispatch('customers.get', { id: customerId });
    expect(failed).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', key: 'callFailed', params: { call: 'customers.get', reason: 'disk I/O error' } },
    });
    if (!failed.ok) expect(failed.error.message).toMatch(/nothing was changed.*disk I\/O error/);
  });

  it('refuses to answer outside the contract', async () => {
    const table: Handlers = {
      ...handlers,
      'settings.get': () => Promise.resolve({ ...defaultSettings, currency: 'not a code', today: '2026-11-24' }),
    };
    const dispatch = createDispatcher(app.ctx, table);
    expect(await dispatch('settings.get', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});
