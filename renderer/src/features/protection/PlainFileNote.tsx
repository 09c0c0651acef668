import { useTranslation } from 'react-i18next';
import { useIsProtected } from './protection-context';

/** Beside an export of a protected book: the file it writes is plain, the passcode does not go with it. */
export function PlainFileNote() {
  const { t } = useTranslation();
  if (!useIsProtected()) return null;
  return <p className="protection-note">{t('protection.exportPlain')}</p>;
}
