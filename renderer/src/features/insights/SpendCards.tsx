import { useTranslation } from 'react-i18next';
import type { Insights } from '../../../../shared/contract';
import { tiers } from '../../../../shared/domain/customer-value';
import { formatMoney } from '../../../../shared/domain/money';
import { dayLabel } from '../../app/i18n/format';
import { useLocale } from '../../app/locale-context';
import { ChartCard } from './ChartCard';
import { Bars, ParetoCurve, percent } from './charts';

/** What share of the revenue the top customers bring, as a curve and the points behind it. */
export function ParetoCard({ data }: { data: Insights }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { pareto } = data;
  return (
    <ChartCard
      title={t('insights.pareto')}
      lead={
        pareto.spenders === 0
          ? undefined
          : t('insights.paretoHeadline', {
              percent: pareto.topPercent,
              share: percent(pareto.topShare),
              spenders: pareto.spenders,
              revenue: formatMoney(pareto.revenue, data.currency, locale),
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
  );
}

/** How many customers sat in each value tier, day by day, as stacked bars. */
export function TiersCard({ data }: { data: Insights }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const tierSeries = tiers.map((tier) => ({ key: tier, label: t(`value.tiers.${tier}`) }));
  const tierRows = data.tiersOverTime.map((p) => ({ day: p.day.slice(5), fullDay: p.day, ...p.counts }));
  return (
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
  );
}
