import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Customer } from '../../../../shared/contract';
import { InsightsPage } from '../../../../renderer/src/features/insights/InsightsPage';
import { call } from '../../../helpers/create-test-db';
import { fakeClient } from '../../../helpers/fake-client';
import { renderWithApp } from '../../../helpers/render-with-app';

describe('InsightsPage', () => {
  it('says what share of revenue the top customers bring and lists the numbers behind each chart', async () => {
    const { client, app } = await fakeClient();
    const now = app.clock.now(); // the book's clock decides its today, not this machine's
    for (const [name, yuan] of [
      ['大客户', 900],
      ['小客户', 100],
    ] as const) {
      const c = await call<Customer>(app, 'customers.create', { name });
      await call(app, 'entries.add', {
        customerId: c.id,
        kind: 'purchase',
        occurredAt: new Date(now.getTime() - 86_400_000).toISOString(),
        lines: [{ item: '外套', unitPriceMinor: yuan * 100 }],
      });
    }
    renderWithApp(<InsightsPage />, client);
    const pareto = await screen.findByRole('region', { name: '二八曲线' });
    expect(pareto.textContent).toContain('前 20% 的客户带来了 90% 的营业额（2 位客户共消费 ¥1,000.00）');
    const visits = screen.getByRole('region', { name: '每周到店次数' });
    const counts = within(visits)
      .getAllByRole('row')
      .slice(1)
      .map((row) => Number(row.lastChild?.textContent));
    expect(counts).toHaveLength(26);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(2);
    expect(within(screen.getByRole('region', { name: '转介绍排行' })).getByText('暂时没有数据。')).toBeTruthy();
  });
});
