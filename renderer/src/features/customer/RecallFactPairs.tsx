import { useTranslation } from 'react-i18next';
import type { Recall } from '../../../../shared/contract';
import { dayLabel } from '../../app/i18n/format';
import { useLocale } from '../../app/locale-context';
import { hrefFor } from '../../app/use-route';
import { describeDate } from '../care/describe-date';
import { PrefChips, RecallFact } from './RecallFact';
import { useRelativeDay } from './use-relative-day';

/** Short facts sit two to a row on a wide screen, so the diary box stays in view. */
export function RecallFactPairs({ recall, now }: { recall: Recall; now: Date }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const ago = useRelativeDay(now);
  return (
    <dl className="recall-facts recall-facts-pairs">
      {recall.upcomingDates.length > 0 && (
        <RecallFact term={t('recall.upcoming')}>
          {recall.upcomingDates.map((date) => {
            const d = describeDate(date, t, locale);
            return (
              <span key={date.id} className="chip chip-warn">
                {d.who !== null ? `${d.who} · ` : ''}
                {d.what} {d.when}
                {d.years !== null && ` · ${d.years}`}
              </span>
            );
          })}
        </RecallFact>
      )}
      {recall.openPromises.length > 0 && (
        <RecallFact term={t('recall.promises')}>
          {recall.openPromises.map((p) => (
            <span key={p.entryId} className="chip">
              {p.text} · {dayLabel(p.due, locale)}
            </span>
          ))}
        </RecallFact>
      )}
      {recall.likes.length > 0 && (
        <RecallFact term={t('recall.likes')}>
          <PrefChips items={recall.likes} tone="like" />
        </RecallFact>
      )}
      {recall.dislikes.length > 0 && (
        <RecallFact term={t('recall.dislikes')}>
          <PrefChips items={recall.dislikes} tone="dislike" />
        </RecallFact>
      )}
      {recall.facts.length > 0 && (
        <RecallFact term={t('recall.facts')}>
          <PrefChips items={recall.facts} tone="fact" />
        </RecallFact>
      )}
      <RecallFact term={t('recall.lastContact')}>
        {recall.lastContactAt === null ? <span className="muted">{t('care.neverContacted')}</span> : ago(recall.lastContactAt)}
      </RecallFact>
      {recall.lastGreeting !== null && (
        <RecallFact term={t('greetings.lastGreeting')}>
          {t('greetings.greetedFor', { label: recall.lastGreeting.label, when: ago(recall.lastGreeting.at) })}
        </RecallFact>
      )}
      {recall.referredBy !== null && (
        <RecallFact term={t('recall.referredBy')}>
          <a href={hrefFor({ name: 'customer', id: recall.referredBy.id })}>{recall.referredBy.name}</a>
        </RecallFact>
      )}
    </dl>
  );
}
