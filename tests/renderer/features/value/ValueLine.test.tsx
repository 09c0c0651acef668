import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import type { CustomerValue } from '../../../../shared/contract';
import { createI18n } from '../../../../renderer/src/app/i18n/i18n';
import { ValueLine } from '../../../../renderer/src/features/value/ValueLine';

const value: CustomerValue = {
  tier: 'at_risk',
  tierWhy: { rule: 'atRisk', sinceDays: 140, limitDays: 90 },
  computedTier: 'at_risk',
  computedTierWhy: { rule: 'atRisk', sinceDays: 140, limitDays: 90 },
  stage: 'decline',
  stageWhy: { rule: 'atRisk', sinceDays: 140, limitDays: 90 },
  relationship: 'drifting',
  relationshipWhy: { rule: 'relationship', big: false, loyal: false, visits: 3, loyalVisits: 4 },
  windowDays: 365,
  spendInWindow: 30_000,
  visitsInWindow: 3,
  averageSpend: 10_000,
  usualGapDays: 30,
  daysSinceLastVisit: 140,
};

describe('ValueLine', () => {
  it('says why in one line each, and sets the owner’s tier with a reason', async () => {
    const onSetTier = vi.fn(() => Promise.resolve(true));
    render(
      <I18nextProvider i18n={createI18n('zh-CN')}>
        <ValueLine value={value} currency="CNY" onSetTier={onSetTier} />
      </I18nextProvider>,
    );
    const text = screen.getByLabelText('价值').textContent ?? '';
    expect(text).toContain('流失风险 已经 140 天没来（超过 90 天）');
    expect(text).toContain('衰退期');
    expect(text).toContain('偶尔来 偶尔来，每次买得不多（3 次）');
    await userEvent.click(screen.getByRole('button', { name: '设定等级…' }));
    await userEvent.selectOptions(screen.getByRole('combobox'), 'VIP');
    await userEvent.type(screen.getByRole('textbox'), '老板的朋友');
    await userEvent.click(screen.getByRole('button', { name: '保存等级' }));
    expect(onSetTier).toHaveBeenCalledWith('vip', '老板的朋友');
    expect(screen.queryByRole('button', { name: '保存等级' })).toBeNull();
  });

  it('speaks of stage and relationship only once there is some history', () => {
    render(
      <I18nextProvider i18n={createI18n('zh-CN')}>
        <ValueLine value={{ ...value, tier: 'new', tierWhy: { rule: 'new', days: 90 }, visitsInWindow: 1 }} currency="CNY" />
      </I18nextProvider>,
    );
    const text = screen.getByLabelText('价值').textContent ?? '';
    expect(text).toContain('新客');
    expect(text).not.toContain('衰退期');
    expect(text).not.toContain('偶尔来');
  });
});
