import { useTranslation } from 'react-i18next';
import { CardInsightCards } from './CardInsightCards';
import { ComplaintsCard, DriftingCard, ReferralsCard } from './PeopleCards';
import { ParetoCard, TiersCard } from './SpendCards';
import { useInsights } from './use-insights';
import { NewVsReturningCard, VisitsCard } from './VisitCards';
import { GreetingOutcomes } from '../greetings/GreetingOutcomes';

/** Who the top customers are, who is slipping away, and how that changed: the book at a glance. */
export function InsightsPage() {
  const { t } = useTranslation();
  const data = useInsights();

  if (data === null) return <p className="muted page-pad">{t('app.loading')}</p>;
  return (
    <div className="insights page-pad">
      <h1>{t('insights.title')}</h1>
      <p className="muted">{t('insights.asOf', { day: data.today, days: data.windowDays })}</p>
      <div className="insight-grid">
        <ParetoCard data={data} />
        <TiersCard data={data} />
        <VisitsCard data={data} />
        <NewVsReturningCard data={data} />
        <DriftingCard data={data} />
        <ReferralsCard data={data} />
        <ComplaintsCard data={data} />
      </div>
      <div className="insight-grid">
        <GreetingOutcomes />
      </div>
      <CardInsightCards />
    </div>
  );
}
