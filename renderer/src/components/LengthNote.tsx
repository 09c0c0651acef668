import { useTranslation } from 'react-i18next';
import { maxNameLength } from '../../../shared/contract';

/** From this share of a field's limit on, the note says how much is left. */
const nearShare = 0.8;

export function lengthNoteShown(length: number, max: number): boolean {
  return length >= Math.floor(max * nearShare);
}

/**
 * Near a text field's limit, says how many characters are left; past it, by how many it is over,
 * so that a long name is never cut off silently (the field takes it all, and saving says no).
 */
export function LengthNote({ id, length, max }: { id: string; length: number; max: number }) {
  const { t } = useTranslation();
  if (!lengthNoteShown(length, max)) return null;
  const over = length > max;
  return (
    <small id={id} className={over ? 'field-problem' : 'length-note'} aria-live="polite">
      {over ? t('lengthNote.over', { count: length - max, max }) : t('lengthNote.left', { count: max - length, max })}
    </small>
  );
}

/** A name field's ties to its problem and its length note, for screen readers. */
export function nameAttributes(id: string, problem: string | undefined, length: number) {
  const described = [problem === undefined ? null : id, lengthNoteShown(length, maxNameLength) ? `${id}-length` : null].filter(
    (x) => x !== null,
  );
  return {
    ...(problem === undefined ? {} : { 'aria-invalid': true }),
    ...(described.length === 0 ? {} : { 'aria-describedby': described.join(' ') }),
  };
}
