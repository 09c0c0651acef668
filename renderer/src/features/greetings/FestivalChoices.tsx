import { useTranslation } from 'react-i18next';
import { festivalKeys, festivalNames } from '../../../../shared/domain/festival-names';
import { useLocale } from '../../app/locale-context';

type FestivalKey = (typeof festivalKeys)[number];

/** A box for each festival the shop may greet for, ticked when it does. */
export function FestivalChoices({ chosen, onChange }: { chosen: readonly FestivalKey[]; onChange: (festivals: FestivalKey[]) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const toggle = (key: FestivalKey, on: boolean) => onChange(on ? [...chosen, key] : chosen.filter((f) => f !== key));
  return (
    <fieldset className="greeting-festivals">
      <legend>{t('greetingSettings.festivals')}</legend>
      {festivalKeys.map((key) => (
        <label key={key} className="check">
          <input type="checkbox" checked={chosen.includes(key)} onChange={(e) => toggle(key, e.target.checked)} />{' '}
          {festivalNames[locale][key]}
        </label>
      ))}
    </fieldset>
  );
}
