import { useTranslation } from 'react-i18next';
import type { Recall } from '../../../../shared/contract';
import { shortDate } from '../../app/i18n/format';
import { useLocale } from '../../app/locale-context';
import { useRelativeDay } from './use-relative-day';

/** How to greet them, and how often and how lately they have been here. */
export function RecallHead({ recall, now }: { recall: Recall; now: Date }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const ago = useRelativeDay(now);
  return (
    <>
      <div className="recall-head">
        <h1 className="recall-greeting">{recall.displayAddressAs || recall.name}</h1>
        {recall.displayAddressAs !== recall.name && recall.name !== '' && <span className="recall-name">{recall.name}</span>}
        {/* A customer saved with only a phone is titled by it: said once. */}
        {recall.phone !== null && recall.name !== '' && <span className="muted">{recall.phone}</span>}
        {recall.responsible !== null && (
          <span className="chip recall-responsible" title={t('team.responsible')}>
            {t('team.responsible')} {recall.responsible}
          </span>
        )}
        {recall.archivedAt !== null && <span className="chip chip-warn">{t('recall.archived')}</span>}
      </div>
      <p className="recall-visits">
        {recall.visitCount === 0 ? (
          t('recall.noVisits')
        ) : (
          <>
            <strong>{t('recall.visits', { count: recall.visitCount })}</strong>
            {recall.lastVisitAt !== null && <> · {t('recall.lastVisit', { when: ago(recall.lastVisitAt) })}</>}
            {recall.firstVisitAt !== null && (
              <span className="muted"> · {t('recall.customerSince', { date: shortDate(recall.firstVisitAt, locale) })}</span>
            )}
          </>
        )}
      </p>
    </>
  );
}
