import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CardInsights } from '../../../../shared/contract';
import { formatMoney, fromMinor, toMinor } from '../../../../shared/domain/money';
import { useApi } from '../../api';
import { useLocale } from '../../app/locale-context';
import { useCall } from '../../app/use-call';
import { ChartCard } from './ChartCard';
import { Bars } from './charts';

/** The member cards at a glance: what the shop owes its members, and how the cards moved month by month. */
export function CardInsightCards() {
  const api = useApi();
  const call = useCall();
  const { t } = useTranslation();
  const locale = useLocale();
  const [data, setData] = useState<CardInsights | null>(null);

  useEffect(() => {
    let live = true;
    void call(api['insights.cards']({})).then((value) => {
      if (live && value !== null) setData(value);
    });
    return () => {
      live = false;
    };
  }, [api, call]);

  // A shop that keeps no cards hears nothing about them.
  if (data === null || !data.anyMovement) return null;
  const money = (minor: number) => formatMoney(minor, data.currency, locale);
  // Charts count in currency units (the axis reads 500, not 50000); the numbers on hover say it in full.
  const units = (minor: number) => fromMinor(minor, data.currency);
  const showUnits = (value: number) => formatMoney(toMinor(value, data.currency), data.currency, locale);
  const label = (month: string) => (data.today.startsWith(month) ? t('insights.soFar', { period: month }) : month);
  const now = data.outstanding.at(-1) ?? { principal: 0, bonus: 0 };
  const principal = t('cardInsights.principal');
  const bonus = t('cardInsights.bonus');
  return (
    <section className="card-insights" aria-label={t('cardInsights.title')}>
      <h2 className="insight-section">{t('cardInsights.title')}</h2>
      <div className="insight-grid">
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
      </div>
    </section>
  );
}
