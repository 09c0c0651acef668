import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { shortDate } from '../../app/i18n/format';
import { useLocale } from '../../app/locale-context';
import { groupCode } from './recovery-code';

interface Props {
  code: string;
  writtenDown: boolean;
  onWrittenDown(checked: boolean): void;
  /** Said when someone tries to leave before ticking "written down". */
  problem: string | null;
}

/** The recovery code, shown once: large, grouped, to print or copy, and "I have written it down". */
export function RecoveryCodeView({ code, writtenDown, onWrittenDown, problem }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [copied, setCopied] = useState<string | null>(null);
  const groups = groupCode(code);

  function print() {
    // Only the code goes to paper (theme.css hides the rest while this class is on).
    document.body.classList.add('printing-recovery');
    window.addEventListener('afterprint', () => document.body.classList.remove('printing-recovery'), { once: true });
    window.print();
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(groups.join('-'));
      setCopied(t('protection.copied'));
    } catch {
      setCopied(t('protection.copyFailed'));
    }
  }

  return (
    <div className="recovery">
      <p>{t('protection.codeIntro')}</p>
      <output className="recovery-code" aria-label={t('protection.codeTitle')}>
        {groups.map((group, i) => (
          <span key={i}>{group}</span>
        ))}
      </output>
      <div className="recovery-print" aria-hidden="true">
        <h1>{t('protection.printHeading')}</h1>
        <p className="recovery-code">{groups.join(' ')}</p>
        <p>{t('protection.printDate', { date: shortDate(new Date().toISOString(), locale) })}</p>
        <p>{t('protection.printKeep')}</p>
      </div>
      <p className="chips">
        <button type="button" className="button-quiet" onClick={print}>
          {t('protection.print')}
        </button>
        <button type="button" className="button-quiet" onClick={() => void copy()}>
          {t('protection.copy')}
        </button>
        {copied !== null && <span className="muted">{copied}</span>}
      </p>
      <label className="check-line">
        <input type="checkbox" checked={writtenDown} onChange={(e) => onWrittenDown(e.target.checked)} />
        <span>{t('protection.writtenDown')}</span>
      </label>
      {problem !== null && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
