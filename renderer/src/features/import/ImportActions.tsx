import { useTranslation } from 'react-i18next';
import type { CallOutput } from '../../../../shared/contract';

/**
 * The import's buttons: everything (only when no row has a problem), or, when some do, the good
 * rows alone.
 */
export function ImportActions({
  preview,
  busy,
  onRun,
}: {
  preview: CallOutput<'import.preview'>;
  busy: boolean;
  onRun: (problemRows: 'refuse' | 'skip') => void;
}) {
  const { t } = useTranslation();
  const good = preview.total - preview.problemRows;
  return (
    <div className="dialog-actions">
      {preview.problemRows > 0 && good > 0 && (
        <button type="button" className="button-quiet" disabled={busy} onClick={() => onRun('skip')}>
          {t('importCsv.importGood', { good, bad: preview.problemRows })}
        </button>
      )}
      <button
        type="button"
        className="button-primary"
        disabled={busy || preview.problemRows > 0 || preview.total === 0}
        onClick={() => onRun('refuse')}
      >
        {t('importCsv.import', { count: preview.total })}
      </button>
    </div>
  );
}
