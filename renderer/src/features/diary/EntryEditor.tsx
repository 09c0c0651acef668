import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entry } from '../../../../shared/contract';
import type { EntryPatch } from '../../../../shared/contract/entries.contract';
import { entryKinds, type EntryKind } from '../../../../shared/domain/entry-kinds';
import { fromLocalInput, toLocalInput } from '../../app/i18n/format';
import { draftFromLine, emptyLine, toLineInputs, type LineDraft } from './line-drafts';
import { PurchaseLinesEditor } from './PurchaseLinesEditor';

interface Props {
  entry: Entry;
  currency: string;
  onSave(patch: EntryPatch): void;
  onCancel(): void;
}

/**
 * Corrects an entry where it stands in the diary: its words, kind, time and purchase lines.
 * Ctrl+Enter saves, Esc cancels; the version it replaces is kept by the book.
 */
export function EntryEditor({ entry, currency, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(entry.text);
  const [kind, setKind] = useState<EntryKind>(entry.kind);
  const [when, setWhen] = useState(toLocalInput(new Date(entry.occurredAt)));
  const [lines, setLines] = useState<LineDraft[]>(entry.lines.length > 0 ? entry.lines.map(draftFromLine) : [emptyLine()]);
  const [problem, setProblem] = useState<string | null>(null);
  const lineCurrency = entry.currency ?? currency;

  function save(event?: FormEvent) {
    event?.preventDefault();
    const occurredAt = fromLocalInput(when);
    if (occurredAt === null) {
      setProblem(t('timeline.badWhen'));
      return;
    }
    const parsed = kind === 'purchase' ? toLineInputs(lines, lineCurrency) : { lines: [] };
    if ('problem' in parsed) {
      setProblem(
        parsed.problem.kind === 'needItem'
          ? t('composer.needItem', { line: parsed.problem.line })
          : t('composer.badPrice', { line: parsed.problem.line, value: parsed.problem.value }),
      );
      return;
    }
    if (text.trim() === '' && parsed.lines.length === 0) {
      setProblem(t('timeline.emptyEdit'));
      return;
    }
    onSave({ text, kind, occurredAt, lines: parsed.lines });
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) save(event);
    else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    }
  }

  return (
    <form className="entry-editor" onSubmit={save} onKeyDown={onKeyDown} aria-label={t('timeline.editTitle')}>
      <div className="entry-editor-row">
        <label>
          <span>{t('composer.kind')}</span>
          <select value={kind} onChange={(e) => setKind(entryKinds.find((k) => k === e.target.value) ?? kind)}>
            {entryKinds.map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('composer.when')}</span>
          <input type="datetime-local" value={when} onChange={(e) => setWhen(e.target.value)} />
        </label>
      </div>
      <textarea autoFocus aria-label={t('timeline.editText')} value={text} rows={3} onChange={(e) => setText(e.target.value)} />
      {kind === 'purchase' && <PurchaseLinesEditor lines={lines} currency={lineCurrency} owned={[]} onChange={setLines} />}
      {problem !== null && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button-quiet" onClick={onCancel}>
          {t('timeline.cancelEdit')}
        </button>
        <button type="submit" className="button-primary">
          {t('timeline.saveEdit')} <kbd>Ctrl+Enter</kbd>
        </button>
      </div>
    </form>
  );
}
