import { useTranslation } from 'react-i18next';
import type { Insights } from '../../../../shared/contract';
import { dayLabel } from '../../app/i18n/format';
import { useLocale } from '../../app/locale-context';
import { ChartCard } from './ChartCard';
import { Bars } from './charts';
import { thisWeek } from './this-week';

/** Visits per week, the running week marked as so far. */
export function VisitsCard({ data }: { data: Insights }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
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
  );
}

/** New and returning customers per month, the running month marked as so far. */
export function NewVsReturningCard({ data }: { data: Insights }) {
  const { t } = useTranslation();
  return (
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
  );
}
