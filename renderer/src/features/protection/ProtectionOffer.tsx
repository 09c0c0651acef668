import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EnableProtectionDialog } from '../../app/dialogs';
import { useProtection } from './protection-context';

/**
 * The first day's offer, on the welcome of an empty book: a shop laptop is often shared, and an
 * empty book is the cheapest moment to encrypt. One line, never in the way of the first customer.
 */
export function ProtectionOffer() {
  const { t } = useTranslation();
  const { status } = useProtection();
  const [open, setOpen] = useState(false);
  if (status === null) return null;
  return (
    <>
      {status.protected ? (
        <p className="muted">{t('protection.welcomeProtected')}</p>
      ) : (
        <p className="welcome-protect">
          <span>{t('protection.welcomeOffer')}</span>{' '}
          <button type="button" className="link-button" onClick={() => setOpen(true)}>
            {t('protection.turnOn')}
          </button>
        </p>
      )}
      {/* Stays mounted once the book is protected: the recovery code is still on show in it. */}
      <EnableProtectionDialog open={open} onOpenChange={setOpen} />
    </>
  );
}
