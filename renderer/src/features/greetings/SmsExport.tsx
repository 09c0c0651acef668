import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api';
import { refusalText } from '../../app/error-text';
import { useLocale } from '../../app/locale-context';
import { saveMadeFile } from '../../components/save-file';

interface Props {
  batchId: string;
  /** The walk as it stands: each customer's words (edits kept), skipped ones already left out. */
  rows(): { customerId: string; text: string }[];
}

/** Phone, name and words for an SMS service, as a file the book makes; the dialog says who was left out. */
export function SmsExport({ batchId, rows }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const api = useApi();
  const [said, setSaid] = useState<string | null>(null);

  async function exportFile(format: 'xlsx' | 'csv') {
    const given = rows().filter((r) => r.text !== '');
    if (given.length === 0) return setSaid(t('greetings.exportedNone'));
    const reply = await api['greetings.smsFile']({ batchId, format, rows: given, lang: locale });
    if (!reply.ok) return setSaid(refusalText(t, reply.error));
    saveMadeFile(reply.value);
    const left = given.length - reply.value.rows;
    const done = t('greetings.exported', { count: reply.value.rows, file: reply.value.fileName });
    setSaid(left === 0 ? done : `${done} ${t('greetings.exportedLeft', { count: left })}`);
  }

  return (
    <>
      <div className="dialog-actions greetings-export">
        <span className="muted">{t('greetings.export')}</span>
        <button type="button" className="button-quiet" onClick={() => void exportFile('xlsx')}>
          {t('greetings.exportXlsx')}
        </button>
        <button type="button" className="button-quiet" onClick={() => void exportFile('csv')}>
          {t('greetings.exportCsv')}
        </button>
      </div>
      {said !== null && (
        <p className="muted" role="status">
          {said}
        </p>
      )}
    </>
  );
}
