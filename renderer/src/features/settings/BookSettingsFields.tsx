import { useTranslation } from 'react-i18next';
import { currencies } from '../../../../shared/domain/money';
import { timeZoneChoices } from './settings-fields';

/** The book's own settings: the currency it counts in and the shop's time zone. */
export function BookSettingsFields({
  currency,
  timeZone,
  onChange,
}: {
  currency: string | undefined;
  timeZone: string | undefined;
  onChange: (change: { currency: string } | { timeZone: string }) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="settings-group">
      <legend>{t('settingsGroups.book')}</legend>
      <label>
        <span>{t('settings.currency')}</span>
        <select value={currency} onChange={(e) => onChange({ currency: e.target.value })}>
          {currencies.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('settings.timeZone')}</span>
        <select value={timeZone} onChange={(e) => onChange({ timeZone: e.target.value })}>
          {timeZoneChoices(timeZone ?? '').map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
