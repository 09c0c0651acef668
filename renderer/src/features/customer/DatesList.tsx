import { useTranslation } from 'react-i18next';
import type { ImportantDate } from '../../../../shared/contract';
import { useLocale } from '../../app/locale-context';
import { describeDate } from '../care/describe-date';

/** Each date as the rule it follows, then when it falls next; its remove button names it. */
export function DatesList({ dates, onRemove }: { dates: ImportantDate[]; onRemove(id: string): void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <ul className="panel-list">
      {dates.map((date) => {
        const d = describeDate(date, t, locale);
        const what = d.who !== null ? `${d.who} · ${d.what}` : d.what;
        return (
          <li key={date.id}>
            <span className="grow">
              <strong>{what}</strong> {d.rule}
              <br />
              <span className="muted">
                → {d.on} · {d.when}
                {d.years !== null && ` · ${d.years}`}
              </span>
            </span>
            <button type="button" className="icon-button" aria-label={t('datesPanel.remove', { what })} onClick={() => onRemove(date.id)}>
              ×
            </button>
          </li>
        );
      })}
    </ul>
  );
}
