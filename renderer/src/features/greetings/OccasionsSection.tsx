import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOutput } from '../../../../shared/contract';
import type { Occasion } from '../../../../shared/contract/greetings.contract';
import { useApi } from '../../api';
import { dayLabel } from '../../app/i18n/format';
import { useLocale } from '../../app/locale-context';

type Upcoming = CallOutput<'greetings.upcoming'>['items'];

/** Festivals and the shop's own occasions coming within the lead days, each with "write greetings". */
export function OccasionsSection({ onGreet }: { onGreet(occasion: Occasion): void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const api = useApi();
  const [items, setItems] = useState<Upcoming>([]);
  useEffect(() => {
    let live = true;
    void api['greetings.upcoming']({}).then((reply) => {
      if (live && reply.ok) setItems(reply.value.items);
    });
    return () => {
      live = false;
    };
  }, [api]);
  if (items.length === 0) return null;
  return (
    <section className="care-section" aria-label={t('greetings.occasions')}>
      <h2>
        {t('greetings.occasions')} <span className="muted">{items.length}</span>
      </h2>
      <ul className="care-list">
        {items.map((item) => (
          <li key={item.occasionId} className="care-occasion">
            <div className="care-main">
              <strong>{item.label}</strong>
              <span className="care-detail">
                {dayLabel(item.on, locale)} · {item.inDays === 0 ? t('greetings.onToday') : t('greetings.inDays', { count: item.inDays })} ·{' '}
                {t('greetings.whoFestival')}
              </span>
              <span className="care-actions">
                <button type="button" className="button-quiet" onClick={() => onGreet(item.occasion)}>
                  {t('greetings.write')}
                </button>
              </span>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
