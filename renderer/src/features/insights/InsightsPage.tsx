import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Insights } from '../../../../shared/contract';
import { tiers } from '../../../../shared/domain/customer-value';
import { formatMoney } from '../../../../shared/domain/money';
import { useApi } from '../../api';
import { dayLabel } from '../../app/i18n/format';
import { useLocale } from '../../app/locale-context';
import { useCall } from '../../app/use-call';
import { hrefFor } from '../../app/use-route';
import { CardInsightCards } from './CardInsightCards';
import { ChartCard } from './ChartCard';
import { Bars, ParetoCurve, percent } from './charts';
import { GreetingOutcomes } from '../greetings/GreetingOutcomes';

/** Who the top customers are, who is slipping away, and how that changed: the book at a glance. */
/** Whether a week (given by its first day) is the one still running: its last bar is a part, not a fall. */
function thisWeek(weekStart: string, today: string): boolean {
  const days = (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${weekStart}T00:00:00Z`)) / 86_400_000;
  return days >= 0 && days < 7;
}

export function InsightsPage() {
  const api = useApi();
  const call = useCall();
  const { t } = useTranslation();
  const [data, setData] = useState<Insights | null>(null);

  useEffect(() => {
    let live = true;
    // The insights are as of the book's today (its time zone), which the answer carries.
    void call(api.insights({})).then((value) => {
      if (live && value !== null) setData(value);
    });
    return () => {
      live = false;
    };
  }, [api, call]);

  if (data === null) return <p className="muted page-pad">{t('app.loading')}</p>;
  return (
    <div className="insights page-pad">
      <h1>{t('insights.title')}</h1>
      <p className="muted">{t('insights.asOf', { day: data.today, days: data.windowDays })}</p>
      <InsightCards data={data} />
      <div className="insight-grid">
        <GreetingOutcomes />
      </div>
      <CardInsightCards />
    </div>
  );
}

function InsightCards({ data }: { data: Insights }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const money = (minor: number) => formatMoney(minor, data.currency, locale);
  const { pareto } = data;
  const tierSeries = tiers.map((tier) => ({ key: tier, label: t(`value.tiers.${tier}`) }));
  const tierRows = data.tiersOverTime.map((p) => ({ day: p.day.slice(5), fullDay: p.day, ...p.counts }));
  return (
    <div className="insight-grid">
      <ChartCard
        title={t('insights.pareto')}
        lead={
          pareto.spenders === 0
            ? undefined
            : t('insights.paretoHeadline', {
                percent: pareto.topPercent,
                share: percent(pareto.topShare),
                spenders: pareto.spenders,
                revenue: money(pareto.revenue),
              })
        }
        chart={
          pareto.spenders === 0 ? undefined : (
            <ParetoCurve points={pareto.points} xLabel={t('insights.customersShare')} yLabel={t('insights.revenueShare')} />
          )
        }
        rows={pareto.spenders === 0 ? [] : pareto.points.slice(1)}
        rowKey={(p) => String(p.customersShare)}
        columns={[
          { label: t('insights.customersShare'), cell: (p) => percent(p.customersShare) },
          { label: t('insights.revenueShare'), cell: (p) => percent(p.revenueShare) },
        ]}
      />
      <ChartCard
        title={t('insights.tiers')}
        chart={<Bars data={tierRows} x="day" series={tierSeries} stacked />}
        rows={data.tiersOverTime}
        rowKey={(p) => p.day}
        columns={[
          { label: t('insights.day'), cell: (p) => dayLabel(p.day, locale) },
          ...tiers.map((tier) => ({ label: t(`value.tiers.${tier}`), cell: (p: Insights['tiersOverTime'][number]) => p.counts[tier] })),
        ]}
      />
      <ChartCard
        title={t('insights.visits')}
        lead={t('insights.partialNote')}
        chart={
          <Bars
            data={data.visitsPerWeek.map((w) => ({
              week: thisWeek(w.week, data.today) ? t('insights.soFar', { period: w.week.slice(5) }) : w.week.slice(5),
              [t('insights.visitCount')]: w.visits,
            }))}
            x="week"
            series={[{ key: t('insights.visitCount'), label: t('insights.visitCount') }]}
          />
        }
        rows={data.visitsPerWeek}
        rowKey={(w) => w.week}
        columns={[
          { label: t('insights.week'), cell: (w) => dayLabel(w.week, locale) },
          { label: t('insights.visitCount'), cell: (w) => w.visits },
        ]}
      />
      <ChartCard
        title={t('insights.newVsReturning')}
        chart={
          <Bars
            data={data.newVsReturning.map((m) => ({
              month: data.today.startsWith(m.month) ? t('insights.soFar', { period: m.month }) : m.month,
              newCustomers: m.newCustomers,
              returning: m.returning,
            }))}
            x="month"
            series={[
              { key: 'returning', label: t('insights.returning') },
              { key: 'newCustomers', label: t('insights.newCustomers') },
            ]}
            stacked
          />
        }
        rows={data.newVsReturning}
        rowKey={(m) => m.month}
        columns={[
          { label: t('insights.month'), cell: (m) => m.month },
          { label: t('insights.newCustomers'), cell: (m) => m.newCustomers },
          { label: t('insights.returning'), cell: (m) => m.returning },
        ]}
      />
      <ChartCard
        title={t('insights.drifting')}
        lead={t('insights.driftingHint')}
        tableOpen
        rows={data.drifting}
        rowKey={(d) => d.customerId}
        columns={[
          { label: t('insights.name'), cell: (d) => <a href={hrefFor({ name: 'customer', id: d.customerId })}>{d.name}</a> },
          { label: t('insights.since'), cell: (d) => d.daysSinceLastVisit ?? '—' },
          { label: t('insights.spend'), cell: (d) => money(d.spendInWindow) },
          { label: t('insights.visitsInWindow'), cell: (d) => d.visitsInWindow },
        ]}
      />
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
          { label: t('insights.referredSpend'), cell: (r) => money(r.referredSpend) },
        ]}
      />
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
    </div>
  );
}
