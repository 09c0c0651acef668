import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { maxCounterName, maxStaffName } from '../../../../shared/contract/team.contract';
import { useApi } from '../../api';
import { useStatus } from '../../app/status';
import { StaffRow } from './StaffRow';
import { useTeam } from './use-team';

/**
 * Settings → staff and counters: this counter's name (its own, kept on this computer) and the
 * book's staff list, the same on every counter: add, rename, remove.
 */
export function TeamSection() {
  const { t } = useTranslation();
  const api = useApi();
  const { say } = useStatus();
  const { team, change } = useTeam();
  const [counterName, setCounterName] = useState<string | null>(null);
  const [newName, setNewName] = useState('');
  if (team === null) return null;
  const shownName = counterName ?? team.counterName;

  async function saveCounter(event: FormEvent) {
    event.preventDefault();
    const saved = await change(api['team.setCounter']({ counterName: shownName }));
    if (saved === null) return;
    setCounterName(null);
    say(t('team.counterSaved'));
  }

  async function add(event: FormEvent) {
    event.preventDefault();
    const name = newName.trim();
    if ((await change(api['team.addStaff']({ name }))) === null) return;
    setNewName('');
    say(t('team.added', { name }));
  }

  return (
    <section className="restore team-section">
      <h3>{t('team.title')}</h3>
      <form className="team-counter" onSubmit={(e) => void saveCounter(e)}>
        <label>
          {t('team.counterName')}{' '}
          <input
            value={shownName}
            maxLength={maxCounterName}
            placeholder={t('sync.deviceNamePlaceholder')}
            onChange={(e) => setCounterName(e.target.value)}
          />
        </label>
        <button type="submit" className="button-quiet" disabled={counterName === null || counterName.trim() === team.counterName}>
          {t('team.saveCounter')}
        </button>
      </form>
      <p className="muted">{t('team.counterNameHint')}</p>
      <h4>{t('team.staff')}</h4>
      <p className="muted">{team.staff.length === 0 ? t('team.noStaff') : t('team.staffHint')}</p>
      <ul className="staff-list">
        {team.staff.map((name) => (
          <StaffRow
            key={name}
            name={name}
            onRename={async (to) => {
              const saved = await change(api['team.renameStaff']({ from: name, to }));
              if (saved !== null && to !== name) say(t('team.renamed', { from: name, to }));
              return saved !== null;
            }}
            onRemove={() =>
              void change(api['team.removeStaff']({ name })).then((saved) => {
                if (saved !== null) say(t('team.removed', { name }));
              })
            }
          />
        ))}
      </ul>
      <form className="team-add" onSubmit={(e) => void add(e)}>
        <input
          aria-label={t('team.newStaff')}
          placeholder={t('team.newStaff')}
          value={newName}
          maxLength={maxStaffName}
          onChange={(e) => setNewName(e.target.value)}
        />
        <button type="submit" className="button-quiet" disabled={newName.trim() === ''}>
          {t('team.add')}
        </button>
      </form>
    </section>
  );
}
