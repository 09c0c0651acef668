import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOutput } from '../../../../shared/contract';
import { useApi } from '../../api';

type Outcomes = CallOutput<'greetings.outcomes'>['items'];

const percent = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 100));

/**
 * Insights: did greetings bring people back? Each batch's greeted customers who came within 30
 * days, beside the same batch's customers who were not greeted.
 */
export function GreetingOutcomes() {
  const { t } = useTranslation();
  const api = useApi();
  const [items, setItems] = useState<Outcomes | null>(null);
  useEffect(() => {
    let live = true;
    void api['greetings.outcomes']({}).then((reply) => {
      if (live && reply.ok) setItems(reply.value.items);
    });
    return () => {
      live = false;
    };
  }, [api]);
  if (items === null) return null;
  return (
    <section className="insight-card" aria-label={t('greetingOutcomes.title')}>
      <h2>{t('greetingOutcomes.title')}</h2>
      {items.length === 0 ? (
        <p className="muted">{t('greetingOutcomes.none')}</p>
      ) : (
        <ul className="greeting-outcomes">
          {items.map((item) => {
            const greeted = percent(item.greetedBack, item.greeted);
            const others = percent(item.othersBack, item.others);
            return (
              <li key={item.batchId}>
                <strong>{item.label}</strong>{' '}
                {t('greetingOutcomes.line', { greeted: item.greeted, back: item.greetedBack, percent: greeted ?? 0 })}
                {others === null ? ` ${t('greetingOutcomes.noOthers')}` : ` ${t('greetingOutcomes.others', { percent: others })}`}
                {!item.complete && <span className="muted"> {t('greetingOutcomes.stillCounting')}</span>}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
