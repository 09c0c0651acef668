import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOutput } from '../../../../shared/contract';
import { importFields, type ImportField } from '../../../../shared/domain/import-columns';
import { decodeText } from '../../../../shared/domain/text-encoding';
import { useApi } from '../../api';
import { useStatus } from '../../app/status';
import { useCall } from '../../app/use-call';
import { AppDialog } from '../../components/AppDialog';
import { useImportProgress } from './use-import-progress';

type Preview = CallOutput<'import.csvPreview'>;

interface Props {
  open: boolean;
  onOpenChange(open: boolean): void;
  onImported(): void;
}

/** Moving in: a spreadsheet of customers, columns checked by eye, problems fixed, then one import. */
export function ImportCsvDialog({ open, onOpenChange, onImported }: Props) {
  const { t } = useTranslation();
  return (
    <AppDialog open={open} onOpenChange={onOpenChange} title={t('importCsv.title')} wide>
      <p className="muted">
        {t('importCsv.hint')} {t('importCsv.vcardHint')}
      </p>
      <ImportCsvForm onImported={onImported} />
    </AppDialog>
  );
}

function ImportCsvForm({ onImported }: Pick<Props, 'onImported'>) {
  const api = useApi();
  const call = useCall();
  const { say } = useStatus();
  const { t } = useTranslation();
  const [text, setText] = useState<string | null>(null);
  const [encoding, setEncoding] = useState('');
  const [preview, setPreview] = useState<Preview | null>(null);
  const [busy, setBusy] = useState(false);
  const [vcard, setVcard] = useState<{ text: string; count: number } | null>(null);
  const progress = useImportProgress(busy);

  async function load(file: File) {
    const decoded = decodeText(new Uint8Array(await file.arrayBuffer()));
    if (/\.vcf$/i.test(file.name) || decoded.text.trimStart().toUpperCase().startsWith('BEGIN:VCARD')) {
      setPreview(null);
      const counted = await call(api['import.vcard']({ text: decoded.text, dryRun: true }));
      setVcard(counted === null ? null : { text: decoded.text, count: counted.customers });
      return;
    }
    setVcard(null);
    setText(decoded.text);
    setEncoding(decoded.encoding === 'utf-8' ? 'UTF-8' : 'GBK/GB18030');
    setPreview(await call(api['import.csvPreview']({ text: decoded.text })));
  }

  async function remap(index: number, field: ImportField | null) {
    if (text === null || preview === null) return;
    const mapping = preview.mapping.map((m, i) => (i === index ? field : m));
    setPreview(await call(api['import.csvPreview']({ text, mapping })));
  }

  async function runVcard() {
    if (vcard === null) return;
    setBusy(true);
    const result = await call(api['import.vcard']({ text: vcard.text }));
    setBusy(false);
    if (result === null) return;
    say(t('importCsv.imported', { count: result.customers }));
    onImported();
  }

  async function run() {
    if (text === null || preview === null) return;
    setBusy(true);
    const result = await call(api['import.csv']({ text, mapping: preview.mapping }));
    setBusy(false);
    if (result === null) return;
    say(t('importCsv.imported', { count: result.customers }));
    onImported();
  }

  return (
    <div className="import">
      <label className="form-row">
        <span>{t('importCsv.choose')}</span>
        <input
          type="file"
          accept=".csv,text/csv,.vcf,text/vcard"
          aria-label={t('importCsv.choose')}
          onChange={(e) => e.target.files?.[0] && void load(e.target.files[0])}
        />
      </label>
      {vcard !== null && (
        <>
          <p>{t('importCsv.vcardFound', { count: vcard.count })}</p>
          <div className="dialog-actions">
            <button type="button" className="button-primary" disabled={busy} onClick={() => void runVcard()}>
              {t('importCsv.import', { count: vcard.count })}
            </button>
          </div>
        </>
      )}
      {preview !== null && (
        <>
          <p className="muted">{t('importCsv.summary', { total: preview.total, encoding })}</p>
          <table className="customer-table import-mapping">
            <thead>
              <tr>
                <th>{t('importCsv.column')}</th>
                <th>{t('importCsv.field')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.headers.map((header, index) => (
                <tr key={`${header}-${index}`}>
                  <td>{header}</td>
                  <td>
                    <select
                      aria-label={`${t('importCsv.field')}: ${header}`}
                      value={preview.mapping[index] ?? ''}
                      onChange={(e) => void remap(index, importFields.find((f) => f === e.target.value) ?? null)}
                    >
                      <option value="">{t('importCsv.ignore')}</option>
                      {importFields.map((f) => (
                        <option key={f} value={f}>
                          {t(`importCsv.fields.${f}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <table className="customer-table import-preview">
            <thead>
              <tr>
                <th>{t('importCsv.row')}</th>
                <th>{t('importCsv.fields.name')}</th>
                <th>{t('importCsv.fields.phone')}</th>
                <th>{t('importCsv.fields.birthday')}</th>
                <th>{t('importCsv.fields.notes')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.rows.slice(0, 8).map((r) => (
                <tr key={r.row} className={r.problems.length > 0 ? 'row-problem' : undefined}>
                  <td>{r.row}</td>
                  <td>{r.name}</td>
                  <td>{r.phones.join(' / ')}</td>
                  <td>{r.birthday ?? ''}</td>
                  <td>{r.notes ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <section aria-label={t('importCsv.problems')}>
            {preview.problems.length === 0 ? (
              <p className="muted">{t('importCsv.noProblems')}</p>
            ) : (
              <>
                <h3>{t('importCsv.problems')}</h3>
                <ul className="problems">
                  {preview.problems.map((p) => (
                    <li key={p.row}>
                      {t('importCsv.rowProblems', {
                        row: p.row,
                        problems: p.problems
                          .map((problem) => t(`importCsv.problem.${problem.kind}`, { value: problem.value }))
                          .join(t('importCsv.problemSeparator')),
                      })}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
          <div className="dialog-actions">
            <button
              type="button"
              className="button-primary"
              disabled={busy || preview.problems.length > 0 || preview.total === 0}
              onClick={() => void run()}
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
