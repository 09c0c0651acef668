import { useTranslation } from 'react-i18next';
import type { CardInsights } from '../../../../shared/contract';
import { ChartCard } from './ChartCard';
import { Bars } from './charts';
import { useCardChartFormat } from './use-card-chart-format';

/** What the shop owes its members at each month's end, paid-in and bonus stacked. */
export function OutstandingCard({ data }: { data: CardInsights }) {
  const { t } = useTranslation();
  const { money, units, showUnits, label } = useCardChartFormat(data);
  const now = data.outstanding.at(-1) ?? { principal: 0, bonus: 0 };
  const principal = t('cardInsights.principal');
  const bonus = t('cardInsights.bonus');
  return (
    <ChartCard
      title={t('cardInsights.outstanding')}
      lead={t('cardInsights.outstandingLead', {
        total: money(now.principal + now.bonus),
        principal: money(now.principal),
        bonus: money(now.bonus),
      })}
      chart={
        <Bars
          data={data.outstanding.map((m) => ({ month: label(m.month), [principal]: units(m.principal), [bonus]: units(m.bonus) }))}
          x="month"
          series={[
            { key: principal, label: principal },
            { key: bonus, label: bonus },
          ]}
          stacked
          format={showUnits}
        />
      }
      rows={data.outstanding}
      rowKey={(m) => m.month}
      columns={[
        { label: t('insights.month'), cell: (m) => m.month },
        { label: principal, cell: (m) => money(m.principal) },
        { label: bonus, cell: (m) => money(m.bonus) },
        { label: t('cardInsights.total'), cell: (m) => money(m.principal + m.bonus) },
      ]}
    />
  );
}

/** Money topped up, bonus given and paid from the cards, month by month; quiet months leave the table. */
export function FlowsCard({ data }: { data: CardInsights }) {
  const { t } = useTranslation();
  const { money, units, showUnits, label } = useCardChartFormat(data);
  return (
    <ChartCard
      title={t('cardInsights.flows')}
      chart={
        <Bars
          data={data.flows.map((m) => ({
            month: label(m.month),
            [t('cardInsights.toppedUp')]: units(m.toppedUp),
            [t('cardInsights.bonusGiven')]: units(m.bonus),
            [t('cardInsights.paid')]: units(m.paid),
          }))}
          x="month"
          series={['toppedUp', 'bonusGiven', 'paid'].map((key) => ({ key: t(`cardInsights.${key}`), label: t(`cardInsights.${key}`) }))}
          format={showUnits}
        />
      }
      rows={data.flows.filter((m) => m.toppedUp !== 0 || m.bonus !== 0 || m.paid !== 0 || m.pointsRedeemed !== 0)}
      rowKey={(m) => m.month}
      columns={[
        { label: t('insights.month'), cell: (m) => m.month },
        { label: t('cardInsights.toppedUp'), cell: (m) => money(m.toppedUp) },
        { label: t('cardInsights.bonusGiven'), cell: (m) => money(m.bonus) },
        { label: t('cardInsights.paid'), cell: (m) => money(m.paid) },
        { label: t('cardInsights.pointsRedeemed'), cell: (m) => m.pointsRedeemed },
      ]}
    />
  );
}

/** Punch-card uses sold and used, month by month; quiet months leave the table. */
export function PunchesCard({ data }: { data: CardInsights }) {
  const { t } = useTranslation();
  const { label } = useCardChartFormat(data);
  return (
    <ChartCard
      title={t('cardInsights.punches')}
      chart={
        <Bars
          data={data.punches.map((m) => ({
            month: label(m.month),
            [t('cardInsights.usesSold')]: m.usesSold,
            [t('cardInsights.usesUsed')]: m.usesUsed,
          }))}
          x="month"
          series={['usesSold', 'usesUsed'].map((key) => ({ key: t(`cardInsights.${key}`), label: t(`cardInsights.${key}`) }))}
        />
      }
      rows={data.punches.filter((m) => m.cardsSold !== 0 || m.usesSold !== 0 || m.usesUsed !== 0)}
      rowKey={(m) => m.month}
      columns={[
        { label: t('insights.month'), cell: (m) => m.month },
        { label: t('cardInsights.cardsSold'), cell: (m) => m.cardsSold },
        { label: t('cardInsights.usesSold'), cell: (m) => m.usesSold },
        { label: t('cardInsights.usesUsed'), cell: (m) => m.usesUsed },
      ]}
    />
  );
}
