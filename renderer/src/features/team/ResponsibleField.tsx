import { useTranslation } from 'react-i18next';
import { useTeam } from './use-team';

/**
 * Who looks after this customer, chosen from the staff ('' for nobody). A name since taken off the
 * list stays offered while it is theirs. Hidden in a book with no staff and nobody named.
 */
export function ResponsibleField({ value, onChange }: { value: string; onChange(value: string): void }) {
  const { t } = useTranslation();
  const { team } = useTeam();
  const names = [...(team?.staff ?? [])];
  if (value !== '' && !names.includes(value)) names.push(value);
  if (names.length === 0) return null;
  return (
    <label className="span-2 form-row">
      <span>{t('team.responsible')}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('team.noResponsible')}</option>
        {names.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
    </label>
  );
}
