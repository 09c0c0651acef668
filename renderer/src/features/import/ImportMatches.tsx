import { useTranslation } from 'react-i18next';
import type { CallOutput } from '../../../../shared/contract';
import { duplicateChoices, type DuplicateChoice } from '../../../../shared/contract/import.contract';
import { shortDate } from '../../app/i18n/format';
import { useLocale } from '../../app/locale-context';

type Preview = CallOutput<'import.preview'>;
type Match = NonNullable<Preview['matches'][number]['match']>;

interface Props {
  preview: Preview;
  duplicates: DuplicateChoice;
  choices: ReadonlyMap<number, DuplicateChoice>;
  onDuplicates(choice: DuplicateChoice): void;
  onChoice(row: number, choice: DuplicateChoice): void;
}

/**
 * Rows that are people already in the book, stopped at the door: one choice for all of them
 * (merge by default: only what the book is missing is added), and a choice per row.
 */
export function ImportMatches({ preview, duplicates, choices, onDuplicates, onChoice }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (preview.matchCount === 0) return null;
  const who = (m: Match) =>
    [
      m.name || m.phone,
      m.tier === null ? null : t(`value.tiers.${m.tier}`),
      m.lastVisitAt === null ? t('importCsv.neverCame') : t('importCsv.lastCame', { date: shortDate(m.lastVisitAt, locale) }),
    ]
      .filter((s) => s !== null && s !== '')
      .join(t('importCsv.listSeparator'));
  const choiceSelect = (label: string, value: DuplicateChoice, onChange: (choice: DuplicateChoice) => void) => (
    <select aria-label={label} value={value} onChange={(e) => onChange(duplicateChoices.find((c) => c === e.target.value) ?? value)}>
      {duplicateChoices.map((c) => (
        <option key={c} value={c}>
          {t(`importCsv.choice.${c}`)}
        </option>
      ))}
    </select>
  );
  return (
    <section aria-label={t('importCsv.matchesTitle')} className="import-matches">
      <h3>{t('importCsv.matchesTitle')}</h3>
      <p>{t('importCsv.matchesSummary', { count: preview.matchCount })}</p>
      <label className="form-row">
        <span>{t('importCsv.forAll')}</span>
        {choiceSelect(t('importCsv.forAll'), duplicates, onDuplicates)}
      </label>
      <ul className="import-match-list">
        {preview.matches.map((r) =>
          r.match === null ? null : (
            <li key={r.row}>
              <span>
                {t('importCsv.matchLine', {
                  row: r.row,
                  name: r.name || r.phones[0] || '',
                  reason: t(`importCsv.matchReason.${r.match.reason}`),
                  who: who(r.match),
                })}
              </span>
              {choiceSelect(t('importCsv.rowChoice', { row: r.row }), choices.get(r.row) ?? duplicates, (c) => onChoice(r.row, c))}
            </li>
          ),
        )}
      </ul>
      {preview.matchCount > preview.matches.length && (
        <p className="muted">{t('importCsv.moreMatches', { count: preview.matchCount - preview.matches.length })}</p>
      )}
    </section>
  );
}
