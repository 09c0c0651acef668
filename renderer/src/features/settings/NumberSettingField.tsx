import { useTranslation } from 'react-i18next';
import { FieldProblem } from '../../components/FieldProblem';
import { limitsOf, unitOf, type NumberKey } from './settings-fields';

/** One number setting: its input with its unit, the limits the book allows, and why it was refused. */
export function NumberSettingField({
  settingKey,
  id,
  value,
  problem,
  onChange,
}: {
  settingKey: NumberKey;
  id: string;
  value: string;
  problem: string | undefined;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  const { min, max } = limitsOf(settingKey);
  return (
    <div className="field">
      <label htmlFor={`${id}-input`} className="field-name">
        {t(`settings.${settingKey}`)}
      </label>
      <div className="with-unit">
        <input
          id={`${id}-input`}
          type="number"
          min={min}
          max={max}
          step={1}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={problem !== undefined}
          aria-describedby={problem === undefined ? `${id}-range` : `${id}-range ${id}`}
        />
        {/* Said to screen readers by the range below, which carries the unit too. */}
        <span className="unit" aria-hidden="true">
          {t(`settingsGroups.units.${unitOf[settingKey]}`)}
        </span>
      </div>
      <small id={`${id}-range`} className="muted">
        {t(`ranges.${unitOf[settingKey]}`, { min, max })}
      </small>
      <FieldProblem id={id} text={problem} />
    </div>
  );
}
