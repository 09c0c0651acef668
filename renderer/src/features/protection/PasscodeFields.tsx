import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldProblem } from '../../components/FieldProblem';
import type { NewPasscodeProblems } from './new-passcode';

interface Props {
  passcode: string;
  again: string;
  problems: NewPasscodeProblems;
  disabled?: boolean;
  onChange(next: { passcode: string; again: string }): void;
}

/** The new passcode, typed twice so a slip of the finger cannot become a lost book. */
export function PasscodeFields({ passcode, again, problems, disabled = false, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <>
      <div className="field">
        <label>
          <span>{t('protection.passcode')}</span>
          <input
            type="password"
            autoComplete="new-password"
            value={passcode}
            disabled={disabled}
            aria-invalid={problems.passcode !== undefined}
            aria-describedby={`${id}-hint ${id}-passcode`}
            onChange={(e) => onChange({ passcode: e.target.value, again })}
          />
        </label>
        <small id={`${id}-hint`} className="muted">
          {t('protection.passcodeHint')}
        </small>
        <FieldProblem id={`${id}-passcode`} text={problems.passcode} />
      </div>
      <div className="field">
        <label>
          <span>{t('protection.passcodeAgain')}</span>
          <input
            type="password"
            autoComplete="new-password"
            value={again}
            disabled={disabled}
            aria-invalid={problems.again !== undefined}
            aria-describedby={`${id}-again`}
            onChange={(e) => onChange({ passcode, again: e.target.value })}
          />
        </label>
        <FieldProblem id={`${id}-again`} text={problems.again} />
      </div>
    </>
  );
}
