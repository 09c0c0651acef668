import { useTranslation } from 'react-i18next';
import { FlowsCard, OutstandingCard, PunchesCard } from './CardChartCards';
import { useCardInsights } from './use-card-insights';

/** The member cards at a glance: what the shop owes its members, and how the cards moved month by month. */
export function CardInsightCards() {
  const { t } = useTranslation();
  const data = useCardInsights();

  // A shop that keeps no cards hears nothing about them.
  if (data === null || !data.anyMovement) return null;
  return (
    <section className="card-insights" aria-label={t('cardInsights.title')}>
      <h2 className="insight-section">{t('cardInsights.title')}</h2>
      <div className="insight-grid">
        <OutstandingCard data={data} />
        <FlowsCard data={data} />
        <PunchesCard data={data} />
      </div>
    </section>
  );
}
