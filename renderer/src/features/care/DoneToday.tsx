import { useTranslation } from 'react-i18next';
import type { Today } from '../../../../shared/contract';
import { timeOfDay } from '../../app/i18n/format';
import { hrefFor } from '../../app/use-route';
import { careName } from './CareItem';

/** What was dealt with today: out of the lists above, still there to look back on. */
export function DoneToday({ items }: { items: Today['doneToday'] }) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <details className="care-done-today">
      <summary>{t('care.doneToday', { count: items.length })}</summary>
      <ul className="care-list">
        {items.map((item) => (
          <li key={`${item.customerId}-${item.at}`} className="care-done-item">
            <span className="muted">{timeOfDay(item.at)}</span>{' '}
            <a href={hrefFor({ name: 'customer', id: item.customerId })}>{careName(item, t)}</a> ·{' '}
            {item.text === null
              ? t(`care.doneWhat.${item.what}`)
              : t('care.doneLine', { what: t(`care.doneWhat.${item.what}`), text: item.text })}
          </li>
        ))}
      </ul>
    </details>
  );
}
