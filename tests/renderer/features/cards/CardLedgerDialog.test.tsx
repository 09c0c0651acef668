import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Customer } from '../../../../shared/contract';
import type { MemberCard } from '../../../../shared/contract/cards.contract';
import { CustomerPage } from '../../../../renderer/src/features/customer/CustomerPage';
import { saveMadeFile } from '../../../../renderer/src/components/save-file';
import { call } from '../../../helpers/create-test-db';
import { fakeClient } from '../../../helpers/fake-client';
import { renderWithApp } from '../../../helpers/render-with-app';

vi.mock('../../../../renderer/src/components/save-file', () => ({ saveMadeFile: vi.fn() }));
afterEach(() => {
  vi.mocked(saveMadeFile).mockClear();
  document.body.classList.remove('printing-ledger');
});

async function ledger() {
  const { client, app } = await fakeClient();
  await call(app, 'cards.setRules', { pointsPerUnit: 1, tierMultipliers: {}, bonusTiers: [{ from: 50_000, bonus: 5_000 }] });
  const customer = await call<Customer>(app, 'customers.create', { name: '王丽华' });
  const move = (request: unknown) => call<{ card: MemberCard }>(app, 'cards.move', { customerId: customer.id, request });
  await move({ kind: 'top_up', principal: 50_000 });
  app.clock.advance(60_000);
  const sold = await move({ kind: 'sell_punch', punchKind: '洗车', uses: 10 });
  app.clock.advance(60_000);
  await move({ kind: 'punch', punchId: sold.card.punchCards[0]?.id });
  app.clock.advance(60_000);
  await move({ kind: 'correction', purse: 'bonus', delta: -1_000, reason: '多送了' });
  renderWithApp(<CustomerPage customerId={customer.id} currency="CNY" />, client);
  const panel = await screen.findByRole('region', { name: '会员卡' });
  await userEvent.click(within(panel).getByRole('button', { name: '完整账目……' }));
  const dialog = await screen.findByRole('dialog', { name: '王丽华的会员卡账目' });
  await waitFor(() => expect(within(dialog).getAllByRole('row').length).toBeGreaterThan(1));
  return { dialog };
}

describe('a member card’s full ledger', () => {
  it('lists every line oldest first: what, the change, the balance after and the reason', async () => {
    const { dialog } = await ledger();
    const rows = within(dialog)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.querySelectorAll('td')].slice(1, 5).map((c) => c.textContent));
    expect(rows.slice(2)).toEqual([
      ['办次卡 · 洗车', '+10 次', '10 次', ''],
      ['用次卡 · 洗车', '-1 次', '9 次', ''],
      ['更正 · 赠送', '-¥10.00', '¥40.00', '多送了'],
    ]);
    expect(rows.slice(0, 2).sort()).toEqual([
      ['充值 · 本金', '+¥500.00', '¥500.00', ''],
      ['充值 · 赠送', '+¥50.00', '¥50.00', ''],
    ]);
    expect(within(dialog).getAllByRole('button', { name: '看日记' })).toHaveLength(5);
  });

  it('saves the ledger as the file the book makes, and prints with only the ledger on paper', async () => {
    const { dialog } = await ledger();
    await userEvent.click(within(dialog).getByRole('button', { name: 'CSV' }));
    await waitFor(() => expect(saveMadeFile).toHaveBeenCalledTimes(1));
    const {
      fileName: name,
      base64,
      contentType: type,
    } = vi.mocked(saveMadeFile).mock.calls[0]?.[0] ?? { fileName: '', base64: '', contentType: '' };
    const body = Buffer.from(base64, 'base64');
    expect(name).toBe('shuke-card-ledger-王丽华-2026-11-24.csv');
    expect(type).toBe('text/csv; charset=utf-8');
    // ignoreBOM keeps the byte order mark in the text, so the check sees that Excel will read UTF-8.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
    expect(text.split('\r\n')[0]).toBe('\uFEFF日期,时间,项目,账户,变动,变动后余额,原因,日记');
    expect(text).toContain('更正,赠送（CNY）,-10.00,40.00,多送了');
    const print = vi.spyOn(window, 'print').mockImplementation(() => {
      expect(document.body.classList.contains('printing-ledger')).toBe(true);
    });
    await userEvent.click(within(dialog).getByRole('button', { name: '打印' }));
    expect(print).toHaveBeenCalledTimes(1);
    window.dispatchEvent(new Event('afterprint'));
    expect(document.body.classList.contains('printing-ledger')).toBe(false);
  });
});
