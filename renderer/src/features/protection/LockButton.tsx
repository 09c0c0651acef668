import { useTranslation } from 'react-i18next';
import { useProtection } from './protection-context';

/** The header's Lock, once the book is protected: a padlock, so the lookup keeps its width at the counter. */
export function LockButton() {
  const { t } = useTranslation();
  const { status, lockNow } = useProtection();
  if (status?.protected !== true) return null;
  return (
    <button
      type="button"
      className="button-quiet lock-button"
      aria-label={t('protection.lock')}
      title={t('protection.lockTitle')}
      onClick={lockNow}
    >
      <svg viewBox="0 0 16 16" width="18" height="18" aria-hidden="true" focusable="false">
        <rect x="3" y="7" width="10" height="8" rx="1.5" fill="currentColor" />
        <path d="M5 7V5a3 3 0 0 1 6 0v2" fill="none" stroke="currentColor" strokeWidth="1.6" />
      </svg>
    </button>
  );
}
