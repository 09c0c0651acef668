import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Preference, Recall } from '../../../../shared/contract';
import { formatMoney } from '../../../../shared/domain/money';
import { dayLabel, relativeDay, shortDate } from '../../app/i18n/format';
import { hrefFor } from '../../app/use-route';
import { describeDate } from '../care/describe-date';
import { useLocale } from '../../app/locale-context';
import { PurchaseLineChip } from '../diary/PurchaseLineChip';
import { ValueLine } from '../value/ValueLine';
import type { Tier } from '../../../../shared/domain/customer-value';
import { RecallMemberCard } from '../cards/RecallMemberCard';

/** Words longer than a glance are cut to two lines, with a button to read the rest. */
const clampAt = 120;

function Clamped({ text, className }: { text: string; className: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (text.length <= clampAt) return <span className={className}>{text}</span>;
  // The text itself opens and closes, so a clamped line costs no extra line for its button.
  return (
    <button
      type="button"
      className={`clamp-toggle ${className}${open ? '' : ' clamped'}`}
      aria-expanded={open}
      title={open ? t('recall.less') : t('recall.more')}
      onClick={() => setOpen(!open)}
    >
      {text}
    </button>
  );
}

function PrefChips({ items, tone }: { items: Preference[]; tone: string }) {
  return (
    <span className="chips">
      {items.map((p) => (
        <span key={p.id} className={`chip chip-${tone}`}>
          {p.value}
        </span>
      ))}
    </span>
  );
}

/** Who this is, at a glance across the counter: how to greet them, when they were last here, what they bought and like. */
export function RecallCard({
  recall,
  now,
  currency = 'CNY',
  onSetTier,
  onPunch,
}: {
  recall: Recall;
  now: Date;
  currency?: string;
  onSetTier?: (tier: Tier | null, reason: string) => Promise<boolean>;
  onPunch?: (punchId: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const words = { today: t('dates.today'), yesterday: t('dates.yesterday') };
  const purchase = recall.lastPurchase;
  return (
    <section className="recall-card" aria-label={recall.displayAddressAs}>
      <div className="recall-head">
        <h1 className="recall-greeting">{recall.displayAddressAs || recall.name}</h1>
        {recall.displayAddressAs !== recall.name && recall.name !== '' && <span className="recall-name">{recall.name}</span>}
        {/* A customer saved with only a phone is titled by it: said once. */}
        {recall.phone !== null && recall.name !== '' && <span className="muted">{recall.phone}</span>}
        {recall.archivedAt !== null && <span className="chip chip-warn">{t('recall.archived')}</span>}
      </div>
      <p className="recall-visits">
        {recall.visitCount === 0 ? (
          t('recall.noVisits')
        ) : (
          <>
            <strong>{t('recall.visits', { count: recall.visitCount })}</strong>
            {recall.lastVisitAt !== null && <> · {t('recall.lastVisit', { when: relativeDay(recall.lastVisitAt, now, locale, words) })}</>}
            {recall.firstVisitAt !== null && (
              <span className="muted"> · {t('recall.customerSince', { date: shortDate(recall.firstVisitAt, locale) })}</span>
            )}
          </>
        )}
      </p>
      {recall.value !== null && <ValueLine value={recall.value} currency={currency} onSetTier={onSetTier} />}
      <dl className="recall-facts">
        <dt>{t('recall.lastPurchase')}</dt>
        <dd>
          {purchase === null ? (
            <span className="muted">{t('recall.noPurchase')}</span>
          ) : (
            <>
              <span className="muted">{shortDate(purchase.occurredAt, locale)} </span>
              {purchase.lines.map((line) => (
                <PurchaseLineChip key={line.id} line={line} />
              ))}
              {purchase.totalMinor !== null && purchase.currency !== null && purchase.lines.length > 1 && (
                <span className="muted recall-total">
                  {' '}
                  {t('recall.total', { amount: formatMoney(purchase.totalMinor, purchase.currency, locale) })}
                </span>
              )}
            </>
          )}
        </dd>
        {recall.card !== null && <RecallMemberCard card={recall.card} now={now} onPunch={onPunch} />}
        {recall.openComplaints.length > 0 && (
          <>
            <dt>{t('recall.complaints')}</dt>
            <dd>
              <Clamped text={recall.openComplaints.map((c) => c.text).join(t('recall.listSeparator'))} className="recall-alert" />
            </dd>
          </>
        )}
      </dl>
      {/* Short facts sit two to a row on a wide screen, so the diary box stays in view. */}
      <dl className="recall-facts recall-facts-pairs">
        {recall.upcomingDates.length > 0 && (
          <>
            <dt>{t('recall.upcoming')}</dt>
            <dd>
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
            </dd>
          </>
        )}
        {recall.openPromises.length > 0 && (
          <>
            <dt>{t('recall.promises')}</dt>
            <dd>
              {recall.openPromises.map((p) => (
                <span key={p.entryId} className="chip">
                  {p.text} · {dayLabel(p.due, locale)}
                </span>
              ))}
            </dd>
          </>
        )}
        {recall.likes.length > 0 && (
          <>
            <dt>{t('recall.likes')}</dt>
            <dd>
              <PrefChips items={recall.likes} tone="like" />
            </dd>
          </>
        )}
        {recall.dislikes.length > 0 && (
          <>
            <dt>{t('recall.dislikes')}</dt>
            <dd>
              <PrefChips items={recall.dislikes} tone="dislike" />
            </dd>
          </>
        )}
        {recall.facts.length > 0 && (
          <>
            <dt>{t('recall.facts')}</dt>
            <dd>
              <PrefChips items={recall.facts} tone="fact" />
            </dd>
          </>
        )}
        <dt>{t('recall.lastContact')}</dt>
        <dd>
          {recall.lastContactAt === null ? (
            <span className="muted">{t('care.neverContacted')}</span>
          ) : (
            relativeDay(recall.lastContactAt, now, locale, words)
          )}
        </dd>
        {recall.lastGreeting !== null && (
          <>
            <dt>{t('greetings.lastGreeting')}</dt>
            <dd>
              {t('greetings.greetedFor', {
                label: recall.lastGreeting.label,
                when: relativeDay(recall.lastGreeting.at, now, locale, words),
              })}
            </dd>
          </>
        )}
        {recall.referredBy !== null && (
          <>
            <dt>{t('recall.referredBy')}</dt>
            <dd>
              <a href={hrefFor({ name: 'customer', id: recall.referredBy.id })}>{recall.referredBy.name}</a>
            </dd>
          </>
        )}
      </dl>
      {recall.lastLine !== null && (
        <dl className="recall-facts">
          <>
            <dt>
              {t('recall.lastLine')}
              <span className="recall-when">{relativeDay(recall.lastLine.occurredAt, now, locale, words)}</span>
            </dt>
            <dd>
              <Clamped text={`“${recall.lastLine.text}”`} className="recall-last-line" />
            </dd>
          </>
        </dl>
      )}
    </section>
  );
}
