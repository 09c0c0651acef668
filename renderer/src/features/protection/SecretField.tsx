import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldProblem } from '../../components/FieldProblem';

/** The passcode now or the recovery code: what proves the owner before protection is changed. */
export function SecretField({
  value,
  problem,
  disabled = false,
  onChange,
}: {
  value: string;
  problem: string | undefined;
  disabled?: boolean;
  onChange(value: string): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label>
        <span>{t('protection.currentSecret')}</span>
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
