import type { TFunction } from 'i18next';
import { passcodeSchema } from '../../../../shared/contract';
import { issuesOf } from '../../../../shared/contract/validation';
import { issueMessage } from '../../app/error-text';

export interface NewPasscodeProblems {
  passcode?: string;
  again?: string;
}

/** A new passcode typed twice, checked as the book will check it, before anything is sent. */
export function checkNewPasscode(t: TFunction, passcode: string, again: string): NewPasscodeProblems {
  const parsed = passcodeSchema.safeParse(passcode);
  const first = parsed.success ? undefined : issuesOf(parsed.error)[0];
  if (first !== undefined) return { passcode: issueMessage(t, first) };
  if (passcode !== again) return { again: t('protection.mismatch') };
  return {};
}
