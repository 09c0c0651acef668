import { useTranslation } from 'react-i18next';
import { useApi } from '../../api';
import { useCall } from '../../app/use-call';
import { useLocale } from '../../app/locale-context';
import { useStatus } from '../../app/status';
import { saveMadeFile } from '../../components/save-file';

function print() {
  document.body.classList.add('printing-ledger');
  window.addEventListener('afterprint', () => document.body.classList.remove('printing-ledger'), { once: true });
  window.print();
}

/** Print the ledger alone on paper, or save it as a spreadsheet made by the book the way its exports are. */
export function LedgerActions({ customerId, canPrint }: { customerId: string; canPrint: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const api = useApi();
  const call = useCall();
  const { say } = useStatus();

  async function download(format: 'xlsx' | 'csv') {
    const file = await call(api['cards.ledgerFile']({ customerId, format, lang: locale }));
    if (file === null) return;
    saveMadeFile(file);
    say(t('cardLedger.saved', { file: file.fileName }));
  }

  return (
    <div className="ledger-actions ledger-no-print">
      <button type="button" className="button-quiet" onClick={print} disabled={!canPrint}>
        {t('cardLedger.print')}
      </button>
      <button type="button" className="button-quiet" onClick={() => void download('xlsx')}>
        {t('cardLedger.exportXlsx')}
      </button>
      <button type="button" className="button-quiet" onClick={() => void download('csv')}>
        {t('cardLedger.exportCsv')}
      </button>
    </div>
  );
}
