import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  initial: string;
  onDone(text: string): void;
  onCancel(): void;
}

/** The diary line written when a Today item is marked done; Enter saves, Esc cancels. */
export function DoneForm({ initial, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(initial);
  function submit(event: FormEvent) {
    event.preventDefault();
    if (text.trim() !== '') onDone(text.trim());
  }
  return (
    <form className="done-form" onSubmit={submit}>
      <input
        autoFocus
        aria-label={t('care.doneLabel')}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            onCancel();
          }
        }}
      />
      <button type="submit" className="button-primary">
        {t('care.done')}
      </button>
    </form>
  );
}
