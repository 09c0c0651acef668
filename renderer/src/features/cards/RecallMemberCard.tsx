import { useTranslation } from 'react-i18next';
import type { RecallCardFacts } from '../../../../shared/contract/card-counter.contract';
import { formatMoney } from '../../../../shared/domain/money';
import { relativeDay } from '../../app/i18n/format';
import { useLocale } from '../../app/locale-context';
import { lastUsedWhat } from './last-used-text';
import { PunchChooser } from './PunchChooser';
import { usePunch } from './use-punch';

interface Props {
  card: RecallCardFacts;
  now: Date;
  /** Uses one punch; absent, the card only shows. */
  onPunch?: (punchId: string) => Promise<void>;
}

/**
 * The member card on the recall card: points, balance, each punch card with what is left and until
 * when, what was used last; one key uses a punch, asking which card when several can be used.
 */
export function RecallMemberCard({ card, now, onPunch }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { live, choosing, busy, firstChoice, ask, punchOne, cancel } = usePunch(card, onPunch);
  const money = (minor: number) => formatMoney(minor, card.currency, locale);
  const words = { today: t('dates.today'), yesterday: t('dates.yesterday') };

  const last = card.lastUsed;
  return (
    <>
      <dt>{t('cardCounter.title')}</dt>
      <dd className="recall-member-card">
        <span className="chips">
          {card.number !== null && <span className="muted">{card.number}</span>}
          <span className="chip">{t('cardCounter.points', { points: card.points })}</span>
          <span className="chip">{t('cardCounter.balance', { amount: money(card.valueMinor) })}</span>
          {card.punchCards.map((p) => (
            <span key={p.id} className={p.expired || p.remaining === 0 ? 'chip muted' : p.remaining === 1 ? 'chip chip-warn' : 'chip'}>
              {t('cardCounter.punchLeft', { kind: p.kind, remaining: p.remaining, uses: p.uses })}
              {p.validUntil !== null && ` · ${t(p.expired ? 'cardCounter.expiredOn' : 'cardCounter.until', { day: p.validUntil })}`}
            </span>
          ))}
          {onPunch !== undefined && live.length > 0 && (
            <button type="button" className="button-quiet" aria-keyshortcuts="Alt+P" title="Alt+P" disabled={busy} onClick={ask}>
              {live.length === 1 && live[0] !== undefined ? t('cardCounter.useOneOf', { kind: live[0].kind }) : t('cardCounter.usePunch')}
              <span className="muted"> Alt+P</span>
            </button>
          )}
        </span>
        {last !== null && (
          <span className="recall-card-last muted">
            {t('cardCounter.lastUsed', { what: lastUsedWhat(t, money, last), when: relativeDay(last.at, now, locale, words) })}
          </span>
        )}
        {choosing && <PunchChooser live={live} firstChoice={firstChoice} onPick={(id) => void punchOne(id)} onCancel={cancel} />}
      </dd>
    </>
  );
}
