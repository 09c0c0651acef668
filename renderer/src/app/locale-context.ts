import { useTranslation } from 'react-i18next';
import type { UiLocale } from '../../../shared/domain/salutation';
import { pickLocale } from './i18n/i18n';

/** The current UI locale as one of ours, for date and money formatting. */
export function useLocale(): UiLocale {
  const { i18n } = useTranslation();
  return pickLocale(i18n.language);
}
