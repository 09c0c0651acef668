import { describe, expect, it } from 'vitest';
import { createClient } from '../../../shared/contract/client';

const customer = {
  id: '01900000-0000-7000-8000-000000000001',
  name: '张三',
  addressAs: null,
  displayAddressAs: '张三',
  gender: null,
  phones: [],
  email: null,
  address: null,
  company: null,
  title: null,
  about: null,
  tags: [],
  referredBy: null,
  responsible: null,
  archivedAt: null,
  createdAt: '2026-11-24T09:00:00.000Z',
  updatedAt: '2026-11-24T09:00:00.000Z',
};

describe('the typed client', () => {
  it('passes the call name and input to the transport and gives back the value', async () => {
    const seen: unknown[] = [];
    const client = createClient((name, input) => {
      seen.push([name, input]);
      return Promise.resolve({ ok: true, value: customer });
    });
    expect(await client['customers.get']({ id: customer.id })).toEqual({ ok: true, value: customer });
    expect(seen).toEqual([['customers.get', { id: customer.id }]]);
  });

  it('passes errors through', async () => {
    const client = createClient(() => Promise.resolve({ ok: false, error: { code: 'NOT_FOUND', message: 'gone' } }));
    expect(await client.recall({ customerId: customer.id })).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'gone' } });
  });

  it('keeps each refused field of an error, for the page to word and place', async () => {
    const error = {
      code: 'INVALID_INPUT',
      message: 'Invalid settings.update: vipTopPercent: must be at most 50',
      key: 'invalidInput',
      params: { call: 'settings.update', problems: 'vipTopPercent: must be at most 50' },
      issues: [{ path: ['vipTopPercent'], key: 'tooBig', params: { maximum: 50 } }],
    };
    const client = createClient(() => Promise.resolve(JSON.parse(JSON.stringify({ ok: false, error }))));
    expect(await client['settings.update']({ vipTopPercent: 150 })).toEqual({ ok: false, error });
  });

  it('turns a reply of the wrong shape, or a broken transport, into an error', async () => {
    const wrong = createClient(() => Promise.resolve({ ok: true, value: { id: 5 } }));
    // Each carries a message key, so the page words it in its own language (the English is for logs).
    expect(await wrong['customers.get']({ id: customer.id })).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', key: 'replyNotUnderstood', params: { call: 'customers.get' } },
    });
    const garbage = createClient(() => Promise.resolve('<html>502</html>'));
    expect(await garbage['customers.get']({ id: customer.id })).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', key: 'replyNotUnderstood' },
    });
    const down = createClient(() => Promise.reject(new Error('connection refused')));
    expect(await down['customers.get']({ id: customer.id })).toMatchObject({
      ok: false,
      error: {
        code: 'INTERNAL',
        key: 'bookUnreachable',
        params: { reason: 'connection refused' },
        message: 'Could not reach the customer book (connection refused); is Shuke still running? Try again.',
      },
    });
  });
});
