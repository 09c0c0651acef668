import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecallCardFacts } from '../../../../shared/contract/card-counter.contract';
import { formatMoney } from '../../../../shared/domain/money';
import { relativeDay } from '../../app/i18n/format';
import { useLocale } from '../../app/locale-context';

interface Props {
  card: RecallCardFacts;
  now: Date;
  /** Uses one punch; absent, the card only shows. */
  onPunch?: (punchId: string) => Promise<void>;
}

/** Alt+P on the customer's page uses a punch: at the counter the hands stay on the keyboard. */
const isPunchKey = (event: KeyboardEvent) => event.altKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyP';

/**
 * The member card on the recall card: points, balance, each punch card with what is left and until
 * when, what was used last; one key uses a punch, asking which card when several can be used.
 */
export function RecallMemberCard({ card, now, onPunch }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [choosing, setChoosing] = useState(false);
  const [busy, setBusy] = useState(false);
  const firstChoice = useRef<HTMLButtonElement>(null);
  const live = card.punchCards.filter((p) => !p.expired && p.remaining > 0);
  const money = (minor: number) => formatMoney(minor, card.currency, locale);
  const words = { today: t('dates.today'), yesterday: t('dates.yesterday') };

  async function punchOne(punchId: string) {
    if (onPunch === undefined || busy) return;
    setChoosing(false);
    setBusy(true);
    await onPunch(punchId);
    setBusy(false);
  }

  function ask() {
    const only = live[0];
    if (only === undefined) return;
    if (live.length === 1) void punchOne(only.id);
    else setChoosing(true);
  }

  // The key listens on the window while the card shows; the latest `ask` is read through a ref.
  const asking = useRef(ask);
  useEffect(() => {
    asking.current = ask;
  });
  useEffect(() => {
    if (onPunch === undefined) return;
    function onKey(event: KeyboardEvent) {
      if (!isPunchKey(event)) return;
      event.preventDefault();
      asking.current();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onPunch]);

  useEffect(() => {
    if (choosing) firstChoice.current?.focus();
  }, [choosing]);

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
            {t('cardCounter.lastUsed', {
              what:
                last.kind === 'pay'
                  ? t('cardCounter.used.pay', { amount: money(last.amount) })
                  : last.kind === 'punch'
                    ? t('cardCounter.used.punch', { kind: last.punchKind ?? '', count: last.amount })
                    : t('cardCounter.used.redeem', { points: last.amount }),
              when: relativeDay(last.at, now, locale, words),
            })}
          </span>
        )}
        {choosing && (
          <div
            className="punch-chooser"
            role="group"
            aria-label={t('cardCounter.whichPunch')}
            onKeyDown={(event) => {
              const picked = /^[1-9]$/.test(event.key) ? live[Number(event.key) - 1] : undefined;
              if (picked !== undefined) {
                event.preventDefault();
                void punchOne(picked.id);
              } else if (event.key === 'Escape') {
                event.preventDefault();
                setChoosing(false);
              }
            }}
          >
            <span className="muted">{t('cardCounter.whichPunch')}</span>
            {live.map((p, index) => (
              <button
                key={p.id}
                ref={index === 0 ? firstChoice : undefined}
                type="button"
                className="button-quiet"
                onClick={() => void punchOne(p.id)}
              >
                {index + 1}. {t('cardCounter.punchLeft', { kind: p.kind, remaining: p.remaining, uses: p.uses })}
              </button>
            ))}
            <button type="button" className="button-quiet" onClick={() => setChoosing(false)}>
              {t('cards.cancel')}
            </button>
          </div>
        )}
      </dd>
    </>
  );
}
