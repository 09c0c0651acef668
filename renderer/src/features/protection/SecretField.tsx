import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldProblem } from '../../components/FieldProblem';

/** The passcode now or the recovery code: what proves the owner before protection is changed. */
export function SecretField({
  value,
  problem,
  disabled = false,
  label,
  onChange,
}: {
  value: string;
  problem: string | undefined;
  disabled?: boolean;
  /** What the field asks for, when it is not this book's own passcode (a backup's, say). */
  label?: string;
  onChange(value: string): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label>
        <span>{label ?? t('protection.currentSecret')}</span>
        <input
          type="password"
          autoComplete="off"
          value={value}
          disabled={disabled}
          aria-invalid={problem !== undefined}
          aria-describedby={id}
          onChange={(e) => onChange(e.target.value)}
        />
      </label>
      <FieldProblem id={id} text={problem} />
    </div>
  );
}
