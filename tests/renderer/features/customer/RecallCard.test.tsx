import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { Recall } from '../../../../shared/contract';
import { createI18n } from '../../../../renderer/src/app/i18n/i18n';
import { RecallCard } from '../../../../renderer/src/features/customer/RecallCard';

const id = (n: number) => `01900000-0000-7000-8000-00000000000${n}`;
const pref = (n: number, polarity: 'like' | 'dislike' | 'fact', value: string) => ({
  id: id(n),
  customerId: id(0),
  polarity,
  category: 'other' as const,
  value,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

const recall: Recall = {
  customerId: id(0),
  name: '王丽华',
  displayAddressAs: '王女士',
  gender: 'female',
  phone: '138 0013 8821',
  visitCount: 7,
  firstVisitAt: '2025-03-02T04:00:00.000Z',
  lastVisitAt: '2026-11-12T04:00:00.000Z',
  lastPurchase: {
    entryId: id(1),
    occurredAt: '2026-11-12T04:00:00.000Z',
    lines: [
      { id: id(2), item: '亚麻衬衫', colour: '藏青', size: 'L', quantity: 1, unitPriceMinor: 29900, amountMinor: 29900, currency: 'CNY' },
      { id: id(3), item: '丝巾', colour: null, size: null, quantity: 2, unitPriceMinor: 6400, amountMinor: 12800, currency: 'CNY' },
    ],
    totalMinor: 42700,
    currency: 'CNY',
  },
  likes: [pref(4, 'like', '藏青色')],
  dislikes: [pref(5, 'dislike', '紧身')],
  facts: [pref(6, 'fact', '对羊毛过敏')],
  lastLine: { entryId: id(1), occurredAt: '2026-11-12T04:00:00.000Z', text: '说下个月要去海边。' },
  archivedAt: null,
  lastContactAt: '2026-11-22T04:00:00.000Z',
  openPromises: [{ entryId: id(7), text: 'M 号到货就打电话', due: '2026-11-28' }],
  openComplaints: [{ entryId: id(8), text: '拉链坏了', since: '2026-11-20T04:00:00.000Z' }],
  upcomingDates: [
    {
      id: id(9),
      customerId: id(0),
      personId: null,
      personName: null,
      kind: 'birthday',
      label: null,
      calendar: 'lunar',
      year: 1985,
      month: 10,
      day: 21,
      leapMonth: false,
      next: { on: '2026-11-29', years: 41, inDays: 5 },
    },
  ],
  referredBy: null,
  responsible: null,
  card: null,
  lastGreeting: null,
  value: {
    tier: 'vip',
    tierWhy: { rule: 'vip', percent: 20, days: 365 },
    computedTier: 'vip',
    computedTierWhy: { rule: 'vip', percent: 20, days: 365 },
    stage: 'growth',
    stageWhy: { rule: 'growth', recent: 300_000, earlier: 100_000 },
    relationship: 'partner',
    relationshipWhy: { rule: 'relationship', big: true, loyal: true, visits: 7, loyalVisits: 4 },
    windowDays: 365,
    spendInWindow: 400_000,
    visitsInWindow: 7,
    averageSpend: 57_143,
    usualGapDays: 30,
    daysSinceLastVisit: 12,
  },
};

function renderCard(locale: 'zh-CN' | 'en') {
  return render(
    <I18nextProvider i18n={createI18n(locale)}>
      <RecallCard recall={recall} now={new Date('2026-11-24T10:00:00.000Z')} />
    </I18nextProvider>,
  );
}

describe('RecallCard', () => {
  it('greets by how to address them and recalls visits, the last purchase, likes and the last line', () => {
    renderCard('zh-CN');
    const card = screen.getByRole('region', { name: '王女士' });
    expect(screen.getByRole('heading', { name: '王女士' })).toBeTruthy();
    const text = card.textContent ?? '';
    expect(text).toContain('王丽华');
    expect(text).toContain('来过 7 次');
    expect(text).toContain('上次 12 天前');
    expect(text).toContain('亚麻衬衫 · 藏青 · L ¥299.00');
    expect(text).toContain('丝巾 ×2 ¥128.00');
    expect(text).toContain('合计 ¥427.00');
    expect(text).toContain('藏青色');
    expect(text).toContain('紧身');
    expect(text).toContain('对羊毛过敏');
    expect(text).toContain('“说下个月要去海边。”');
    expect(text).toContain('生日 5 天后 · 满 41 岁');
    expect(text).toContain('M 号到货就打电话 · 2026年11月28日');
    expect(text).toContain('拉链坏了');
    expect(text).toContain('上次联系2 天前');
    const value = screen.getByLabelText('价值').textContent ?? '';
    expect(value).toContain('VIP 近 365 天消费排在前 20%');
    expect(value).toContain('成长期 消费在增加：近半年 ¥3,000.00，之前半年 ¥1,000.00');
    expect(value).toContain('伙伴型 消费多，也常回来');
  });

  it('speaks English too', () => {
    renderCard('en');
    const text = screen.getByRole('region', { name: '王女士' }).textContent ?? '';
    expect(text).toContain('7 visits');
    expect(text).toContain('last visit 12 days ago');
    expect(text).toContain('Last purchase');
    expect(text).toContain('VIP top 20% by spend in the last 365 days');
    expect(text).toContain('Growing');
  });

  it('says a phone once for a customer saved with only a phone, and "never came" once', () => {
    const newFace: Recall = {
      ...recall,
      name: '',
      displayAddressAs: '138 0013 8821',
      visitCount: 0,
      firstVisitAt: null,
      lastVisitAt: null,
      lastPurchase: null,
      lastLine: null,
      value: recall.value === null ? null : { ...recall.value, tier: 'new', tierWhy: { rule: 'noVisits' }, visitsInWindow: 0 },
    };
    render(
      <I18nextProvider i18n={createI18n('zh-CN')}>
        <RecallCard recall={newFace} now={new Date('2026-11-24T10:00:00.000Z')} />
      </I18nextProvider>,
    );
    const text = screen.getByRole('region', { name: '138 0013 8821' }).textContent ?? '';
    expect(text.split('138 0013 8821')).toHaveLength(2);
    expect(text.split('还没来过')).toHaveLength(2);
  });
});
