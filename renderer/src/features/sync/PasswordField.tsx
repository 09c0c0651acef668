import { useTranslation } from 'react-i18next';
import { SyncField } from './SyncField';

/**
 * The hub's password, at joining and when the hub asks again: beside it, where this counter will
 * keep it (sealed in this computer's keyring, or only while the app runs where there is none).
 */
export function PasswordField({
  label,
  canKeep,
  problem,
  value,
  onChange,
  disabled,
}: {
  label: string;
  canKeep: boolean;
  problem: string | undefined;
  value: string;
  onChange(value: string): void;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  return (
    <SyncField
      label={label}
      hint={t(canKeep ? 'sync.passwordKeptHint' : 'sync.passwordHint')}
      problem={problem}
      value={value}
      onChange={onChange}
      type="password"
      autoComplete="off"
      disabled={disabled}
    />
  );
}
