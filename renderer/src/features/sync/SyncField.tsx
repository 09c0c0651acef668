import { useId, type InputHTMLAttributes } from 'react';
import { FieldProblem } from '../../components/FieldProblem';

/** One of the sync forms' fields: its name above, a hint and what was refused below, both read with it. */
export function SyncField({
  label,
  hint,
  problem,
  value,
  onChange,
  ...input
}: {
  label: string;
  hint?: string;
  problem: string | undefined;
  value: string;
  onChange(value: string): void;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'>) {
  const id = useId();
  const hintId = `${id}-hint`;
  const problemId = `${id}-problem`;
  const describedBy = [hint === undefined ? null : hintId, problem === undefined ? null : problemId].filter((x) => x !== null).join(' ');
  return (
    <div className="field">
      <label>
        <span>{label}</span>
        <input
          {...input}
          value={value}
          aria-invalid={problem !== undefined}
          aria-describedby={describedBy === '' ? undefined : describedBy}
          onChange={(e) => onChange(e.target.value)}
        />
      </label>
      {hint !== undefined && (
        <small id={hintId} className="muted">
          {hint}
        </small>
      )}
      <FieldProblem id={problemId} text={problem} />
    </div>
  );
}
