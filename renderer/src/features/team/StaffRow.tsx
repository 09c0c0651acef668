import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  name: string;
  onRename(to: string): Promise<boolean>;
  onRemove(): void;
}

/** One staff member in Settings: their name, renamed in place (Enter saves, Esc cancels), or removed. */
export function StaffRow({ name, onRename, onRemove }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  if (draft !== null)
    return (
      <li className="staff-row">
        <form
          className="staff-rename"
          onSubmit={(e) => {
            e.preventDefault();
            void onRename(draft.trim()).then((done) => {
              if (done) setDraft(null);
            });
          }}
        >
          <input
            aria-label={t('team.renameTo', { name })}
            value={draft}
            maxLength={20}
            autoFocus
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.stopPropagation();
                setDraft(null);
              }
            }}
          />
          <button type="submit" className="button-primary">
            {t('team.saveRename')}
          </button>
          <button type="button" className="button-quiet" onClick={() => setDraft(null)}>
            {t('team.cancel')}
          </button>
        </form>
      </li>
    );
  return (
    <li className="staff-row">
      <span className="staff-name">{name}</span>
      <button type="button" className="link-button" aria-label={`${t('team.rename')} ${name}`} onClick={() => setDraft(name)}>
        {t('team.rename')}
      </button>
      <button type="button" className="link-button" aria-label={t('team.removeLabel', { name })} onClick={onRemove}>
        {t('team.remove')}
      </button>
    </li>
  );
}
