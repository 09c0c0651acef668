import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { entryKinds, type EntryKind } from '../../../../shared/domain/entry-kinds';

interface Props {
  kind: EntryKind;
  onKind(kind: EntryKind): void;
  when: string;
  onWhen(when: string): void;
}

/** The composer's kinds (Alt+1…5 picks one too) and when it happened, if not now. */
export function KindPicker({ kind, onKind, when, onWhen }: Props) {
  const { t } = useTranslation();
  return (
    <div className="kind-picker" role="radiogroup" aria-label={t('composer.kind')}>
      {entryKinds.map((k, index) => (
        <button
          key={k}
          type="button"
          role="radio"
          aria-checked={kind === k}
          className={kind === k ? 'kind active' : 'kind'}
          title={`Alt+${index + 1}`}
          onClick={() => onKind(k)}
        >
          {t(`kinds.${k}`)}
        </button>
      ))}
      <label className="composer-when">
        <span className="muted">{t('composer.when')}</span>
        <input type="datetime-local" value={when} onChange={(e) => onWhen(e.target.value)} aria-label={t('composer.when')} />
      </label>
    </div>
  );
}

/** Ctrl+Enter (or Cmd+Enter) saves; Alt+1…5 picks a kind. */
export function composerKeyDown(event: KeyboardEvent<HTMLFormElement>, save: () => void, pick: (kind: EntryKind) => void): void {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    save();
    return;
  }
  if (event.altKey && /^[1-9]$/.test(event.key)) {
    const next = entryKinds[Number(event.key) - 1];
    if (next !== undefined) {
      event.preventDefault();
      pick(next);
    }
  }
}
