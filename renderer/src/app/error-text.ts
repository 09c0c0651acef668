import type { TFunction } from 'i18next';
import { isMessageKey, type MessageParams } from '../../../shared/domain/messages';

/**
 * A failed call's message in the UI's language: worded from its key where the book's code gave
 * one (serverMessages in the locales), else the English message as it came.
 */
export function errorText(t: TFunction, error: { message: string; key?: string | undefined; params?: MessageParams | undefined }): string {
  const message = error.key !== undefined && isMessageKey(error.key) ? t(`serverMessages.${error.key}`, error.params ?? {}) : error.message;
  return t('errors.generic', { message });
}
