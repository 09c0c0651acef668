import { useTranslation } from 'react-i18next';
import { AppDialog } from '../../components/AppDialog';
import { ImportActions } from './ImportActions';
import { ImportLeftOut } from './ImportLeftOut';
import { ImportMatches } from './ImportMatches';
import { ImportProblems } from './ImportProblems';
import { ImportProgressLine } from './ImportProgressLine';
import { ImportTables } from './ImportTables';
import { useImportForm } from './use-import-form';

interface Props {
  open: boolean;
  onOpenChange(open: boolean): void;
  /** After an import; `done` is false while the dialog stays open to hand over the rows left out. */
  onImported(done: boolean): void;
}

/**
 * Moving in: a spreadsheet (Excel, WPS, CSV) or a phone's contacts; columns checked by eye, the
 * people already in the book shown with a choice for each, problems fixed or left out, then one import.
 */
export function ImportDialog({ open, onOpenChange, onImported }: Props) {
  const { t } = useTranslation();
  return (
    <AppDialog open={open} onOpenChange={onOpenChange} title={t('importCsv.title')} wide>
      <p className="muted">{t('importCsv.hint')}</p>
      <ImportForm onImported={onImported} />
    </AppDialog>
  );
}

function ImportForm({ onImported }: Pick<Props, 'onImported'>) {
  const { t } = useTranslation();
  const { chosen, preview, duplicates, setDuplicates, choices, choose, outcome, busy, load, remap, run } = useImportForm(onImported);

  if (outcome !== null) return <ImportLeftOut outcome={outcome} />;
  return (
    <div className="import">
      <label className="form-row">
        <span>{t('importCsv.choose')}</span>
        <input
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,.csv,text/csv,.txt,.vcf,text/vcard"
          aria-label={t('importCsv.choose')}
          onChange={(e) => e.target.files?.[0] && void load(e.target.files[0])}
        />
      </label>
      {preview !== null && chosen !== null && (
        <>
          <p className="muted">
            {preview.format === 'vcard'
              ? t('importCsv.vcardFound', { count: preview.total })
              : preview.format === 'xlsx'
                ? t('importCsv.summaryXlsx', { total: preview.total })
                : t('importCsv.summary', { total: preview.total, encoding: chosen.encoding === 'utf-8' ? 'UTF-8' : 'GBK/GB18030' })}
          </p>
          <ImportTables preview={preview} onRemap={(index, field) => void remap(index, field)} />
          <ImportMatches preview={preview} duplicates={duplicates} choices={choices} onDuplicates={setDuplicates} onChoice={choose} />
          <ImportProblems preview={preview} />
          <ImportActions preview={preview} busy={busy} onRun={(problemRows) => void run(problemRows)} />
        </>
      )}
      <ImportProgressLine busy={busy} />
    </div>
  );
}
