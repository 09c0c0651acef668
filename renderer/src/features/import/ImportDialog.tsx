import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOutput } from '../../../../shared/contract';
import type { DuplicateChoice } from '../../../../shared/contract/import.contract';
import type { ImportField } from '../../../../shared/domain/import-columns';
import { useApi } from '../../api';
import { useStatus } from '../../app/status';
import { useCall } from '../../app/use-call';
import { AppDialog } from '../../components/AppDialog';
import { readChosenFile, type ChosenFile } from './chosen-file';
import { ImportLeftOut } from './ImportLeftOut';
import { ImportMatches } from './ImportMatches';
import { ImportProblems } from './ImportProblems';
import { ImportTables } from './ImportTables';
import { useImportProgress } from './use-import-progress';

type Preview = CallOutput<'import.preview'>;
type Outcome = CallOutput<'import.run'>;

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
  const api = useApi();
  const call = useCall();
  const { say } = useStatus();
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<ChosenFile | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [duplicates, setDuplicates] = useState<DuplicateChoice>('merge');
  const [choices, setChoices] = useState<ReadonlyMap<number, DuplicateChoice>>(new Map());
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const progress = useImportProgress(busy);

  async function load(file: File) {
    setPreview(null);
    setOutcome(null);
    setChoices(new Map());
    const read = await readChosenFile(file);
    setChosen(read);
    setPreview(await call(api['import.preview']({ file: read.file })));
  }

  async function remap(index: number, field: ImportField | null) {
    if (chosen === null || preview === null) return;
    const mapping = preview.mapping.map((m, i) => (i === index ? field : m));
    const next = await call(api['import.preview']({ file: chosen.file, mapping }));
    if (next !== null) setPreview(next);
  }

  async function run(problemRows: 'refuse' | 'skip') {
    if (chosen === null || preview === null) return;
    setBusy(true);
    const result = await call(
      api['import.run']({
        file: chosen.file,
        mapping: preview.format === 'vcard' ? undefined : preview.mapping,
        duplicates,
        choices: [...choices].map(([row, choice]) => ({ row, choice })),
        problemRows,
      }),
    );
    setBusy(false);
    if (result === null) return;
    const opened = result.cards > 0 ? ` ${t('importCsv.cardsOpened', { count: result.cards })}` : '';
    say(`${t('importCsv.result', { added: result.added, merged: result.merged, skipped: result.skipped })}${opened}`);
    const leftOut = result.left.rows.length > 0;
    if (leftOut) setOutcome(result);
    onImported(!leftOut);
  }

  if (outcome !== null) return <ImportLeftOut outcome={outcome} />;
  const good = preview === null ? 0 : preview.total - preview.problemRows;
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
          <ImportMatches
            preview={preview}
            duplicates={duplicates}
            choices={choices}
            onDuplicates={setDuplicates}
            onChoice={(row, choice) => setChoices((old) => new Map(old).set(row, choice))}
          />
          <ImportProblems preview={preview} />
          <div className="dialog-actions">
            {preview.problemRows > 0 && good > 0 && (
              <button type="button" className="button-quiet" disabled={busy} onClick={() => void run('skip')}>
                {t('importCsv.importGood', { good, bad: preview.problemRows })}
              </button>
            )}
            <button
              type="button"
              className="button-primary"
              disabled={busy || preview.problemRows > 0 || preview.total === 0}
              onClick={() => void run('refuse')}
            >
              {t('importCsv.import', { count: preview.total })}
            </button>
          </div>
        </>
      )}
      {busy && progress !== null && progress.total > 0 && (
        <p className="import-progress" role="status">
          <progress value={progress.done} max={progress.total} />{' '}
          {t('importCsv.progress', { done: progress.done.toLocaleString(), total: progress.total.toLocaleString() })}
        </p>
      )}
    </div>
  );
}
