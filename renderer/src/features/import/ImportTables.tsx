import { useTranslation } from 'react-i18next';
import type { CallOutput } from '../../../../shared/contract';
import { importFields, type ImportField } from '../../../../shared/domain/import-columns';
import { useLocale } from '../../app/locale-context';
import { ImportCardCell } from './ImportCardCell';
import { lunarDay } from '../care/describe-date';

type Preview = CallOutput<'import.preview'>;
type Birthday = Preview['rows'][number]['birthdayParts'];

/** A birthday as read from the file, in the page's language: 1985-03-12, 03-12, 农历八月十五 or 農曆八月十五. */
function birthdayWords(b: Birthday, locale: ReturnType<typeof useLocale>): string {
  if (b === null) return '';
  const year = b.year === null ? '' : String(b.year);
  if (b.calendar === 'lunar') return `${year === '' ? '' : `${year} · `}${lunarDay(b.month, b.day, b.leapMonth, locale)}`;
  return `${year === '' ? '' : `${year}-`}${String(b.month).padStart(2, '0')}-${String(b.day).padStart(2, '0')}`;
}

/** What each column was taken for (changeable), and the first rows as they will be read. */
export function ImportTables({ preview, onRemap }: { preview: Preview; onRemap(index: number, field: ImportField | null): void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  // The card column shows only when the file has card columns, so a plain customer list looks as before.
  const cards = preview.rows.some((r) => r.card !== null) || preview.mapping.some((m) => m?.startsWith('card') === true);
  return (
    <>
      {preview.format !== 'vcard' && (
        // One compact cell per column, wrapping, so a wide sheet does not push the rest out of view.
        <fieldset className="import-mapping">
          <legend>{t('importCsv.mappingTitle')}</legend>
          {preview.headers.map((header, index) => (
            <label key={`${header}-${index}`} className="import-mapping-column">
              <span className="import-mapping-header" title={header}>
                {header === '' ? t('importCsv.columnNumber', { n: index + 1 }) : header}
              </span>
              <select
                aria-label={`${t('importCsv.field')}: ${header}`}
                value={preview.mapping[index] ?? ''}
                onChange={(e) => onRemap(index, importFields.find((f) => f === e.target.value) ?? null)}
              >
                <option value="">{t('importCsv.ignore')}</option>
                {importFields.map((f) => (
                  <option key={f} value={f}>
                    {t(`importCsv.fields.${f}`)}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </fieldset>
      )}
      <table className="customer-table import-preview" aria-label={t('importCsv.sample')}>
        <thead>
          <tr>
            <th>{t('importCsv.row')}</th>
            <th>{t('importCsv.fields.name')}</th>
            <th>{t('importCsv.fields.phone')}</th>
            <th>{t('importCsv.fields.birthday')}</th>
            <th>{t('importCsv.fields.notes')}</th>
            {cards && <th>{t('importCsv.card')}</th>}
            <th>{t('importCsv.alreadyThere')}</th>
          </tr>
        </thead>
        <tbody>
          {preview.rows.slice(0, 8).map((r) => (
            <tr key={r.row} className={r.problems.length > 0 ? 'row-problem' : undefined}>
              <td>{r.row}</td>
              <td>{r.name}</td>
              <td>{r.phones.join(' / ')}</td>
              <td>{birthdayWords(r.birthdayParts, locale)}</td>
              <td className="import-notes">{r.notes ?? ''}</td>
              {cards && <ImportCardCell card={r.card} currency={preview.currency} />}
              <td>{r.match === null ? '' : r.match.name || r.match.phone}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
