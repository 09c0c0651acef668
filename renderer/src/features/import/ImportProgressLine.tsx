import { useTranslation } from 'react-i18next';
import { useImportProgress } from './use-import-progress';

/** How far a running import is, once the book knows how many rows it has. */
export function ImportProgressLine({ busy }: { busy: boolean }) {
  const { t } = useTranslation();
  const progress = useImportProgress(busy);
  if (!busy || progress === null || progress.total === 0) return null;
  return (
    <p className="import-progress" role="status">
      <progress value={progress.done} max={progress.total} />{' '}
      {t('importCsv.progress', { done: progress.done.toLocaleString(), total: progress.total.toLocaleString() })}
    </p>
  );
}
