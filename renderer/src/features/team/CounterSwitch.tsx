import { useTranslation } from 'react-i18next';
import { useApi } from '../../api';
import { useStatus } from '../../app/status';
import { useTeam } from './use-team';

/**
 * The top bar's "who is at this counter": the counter's name and a choice of staff, one click to
 * switch when the shift changes. Shown only once the book has staff.
 */
export function CounterSwitch() {
  const { t } = useTranslation();
  const api = useApi();
  const { say } = useStatus();
  const { team, change } = useTeam();
  if (team === null || team.staff.length === 0) return null;
  return (
    <span className="counter-switch">
      {team.counterName !== '' && <span className="counter-name">{team.counterName}</span>}
      <select
        aria-label={t('team.here')}
        title={t('team.here')}
        value={team.here ?? ''}
        onChange={(e) => {
          const here = e.target.value === '' ? null : e.target.value;
          void change(api['team.setCounter']({ here })).then((saved) => {
            if (saved !== null) say(here === null ? t('team.nobodySaved') : t('team.hereSaved', { name: here }));
          });
        }}
      >
        <option value="">{t('team.nobody')}</option>
        {team.staff.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
    </span>
  );
}
