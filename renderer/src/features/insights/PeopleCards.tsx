import { useTranslation } from 'react-i18next';
import type { Insights } from '../../../../shared/contract';
import { formatMoney } from '../../../../shared/domain/money';
import { useLocale } from '../../app/locale-context';
import { hrefFor } from '../../app/use-route';
import { ChartCard } from './ChartCard';
import { Bars } from './charts';

/** Customers slipping away, each linked to their page. */
export function DriftingCard({ data }: { data: Insights }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <ChartCard
      title={t('insights.drifting')}
      lead={t('insights.driftingHint')}
      tableOpen
      rows={data.drifting}
      rowKey={(d) => d.customerId}
      columns={[
        { label: t('insights.name'), cell: (d) => <a href={hrefFor({ name: 'customer', id: d.customerId })}>{d.name}</a> },
        { label: t('insights.since'), cell: (d) => d.daysSinceLastVisit ?? '—' },
        { label: t('insights.spend'), cell: (d) => formatMoney(d.spendInWindow, data.currency, locale) },
        { label: t('insights.visitsInWindow'), cell: (d) => d.visitsInWindow },
      ]}
    />
  );
}

/** Who brought in other customers, and what those spent. */
export function ReferralsCard({ data }: { data: Insights }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <ChartCard
      title={t('insights.referrals')}
      chart={
        data.referrals.length === 0 ? undefined : (
          <Bars
            data={data.referrals.map((r) => ({ name: r.name, [t('insights.referred')]: r.referred }))}
            x="name"
            series={[{ key: t('insights.referred'), label: t('insights.referred') }]}
          />
        )
      }
      tableOpen
      rows={data.referrals}
      rowKey={(r) => r.customerId}
      columns={[
        { label: t('insights.name'), cell: (r) => <a href={hrefFor({ name: 'customer', id: r.customerId })}>{r.name}</a> },
        { label: t('insights.referred'), cell: (r) => r.referred },
        { label: t('insights.referredSpend'), cell: (r) => formatMoney(r.referredSpend, data.currency, locale) },
      ]}
    />
  );
}

/** Complaints per month and how long they took to resolve; months without any are left out. */
export function ComplaintsCard({ data }: { data: Insights }) {
  const { t } = useTranslation();
  return (
    <ChartCard
      title={t('insights.complaints')}
      lead={t('insights.openComplaints', { count: data.complaints.open })}
      chart={
        data.complaints.months.every((m) => m.complaints === 0) ? undefined : (
          <Bars
            data={data.complaints.months.map((m) => ({ month: m.month, [t('insights.medianDays')]: m.medianDaysToResolve ?? 0 }))}
            x="month"
            series={[{ key: t('insights.medianDays'), label: t('insights.medianDays') }]}
          />
        )
      }
      rows={data.complaints.months.filter((m) => m.complaints > 0)}
      rowKey={(m) => m.month}
      columns={[
        { label: t('insights.month'), cell: (m) => m.month },
        { label: t('insights.complaintCount'), cell: (m) => m.complaints },
        { label: t('insights.resolved'), cell: (m) => m.resolved },
        { label: t('insights.medianDays'), cell: (m) => m.medianDaysToResolve ?? '—' },
      ]}
    />
  );
}
