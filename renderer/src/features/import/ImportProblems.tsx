import { useTranslation } from 'react-i18next';
import type { CallOutput } from '../../../../shared/contract';
import { problemsText } from './problem-text';

/** Every row that cannot be imported as it is, and what is wrong with it. */
export function ImportProblems({ preview }: { preview: CallOutput<'import.preview'> }) {
  const { t } = useTranslation();
  return (
    <section aria-label={t('importCsv.problems')}>
      {preview.problems.length === 0 ? (
        <p className="muted">{t('importCsv.noProblems')}</p>
      ) : (
        <>
          <h3>{t('importCsv.problems')}</h3>
          <p className="muted">{t('importCsv.problemsHint')}</p>
          <ul className="problems">
            {preview.problems.map((p) => (
              <li key={p.row}>{t('importCsv.rowProblems', { row: p.row, problems: problemsText(t, p.problems) })}</li>
            ))}
          </ul>
          {preview.problemRows > preview.problems.length && (
            <p className="muted">{t('importCsv.moreProblems', { count: preview.problemRows - preview.problems.length })}</p>
          )}
        </>
      )}
    </section>
  );
}
