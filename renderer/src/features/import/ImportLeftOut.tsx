import { useTranslation } from 'react-i18next';
import type { CallOutput } from '../../../../shared/contract';
import { saveFile } from '../../components/save-file';
import { leftRowsCsv } from './left-rows-file';
import { problemsText } from './problem-text';

/** After importing the good rows: the ones left out, to save as a file, fix and import again. */
export function ImportLeftOut({ outcome }: { outcome: CallOutput<'import.run'> }) {
  const { t } = useTranslation();
  const count = outcome.left.rows.length;
  function save() {
    const text = leftRowsCsv(outcome.left, t('importCsv.problemColumn'), (r) => problemsText(t, r.problems));
    saveFile(`${t('importCsv.leftFileName')}.csv`, text, 'text/csv;charset=utf-8');
  }
  return (
    <section className="import" aria-label={t('importCsv.leftTitle')}>
      <p role="status">
        {t('importCsv.result', { added: outcome.added, merged: outcome.merged, skipped: outcome.skipped })}
        {outcome.cards > 0 && ` ${t('importCsv.cardsOpened', { count: outcome.cards })}`}
      </p>
      <p>{t('importCsv.leftOut', { count })}</p>
      <div className="dialog-actions">
        <button type="button" className="button-primary" onClick={save}>
          {t('importCsv.saveLeft', { count })}
        </button>
      </div>
    </section>
  );
}
