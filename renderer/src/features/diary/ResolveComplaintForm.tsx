import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { localToday } from '../../app/i18n/format';

interface Props {
  initialRemedy: string;
  onResolve(remedy: string, resolvedOn: string): void;
  onCancel(): void;
}

/** A complaint is a second chance: what was done about it, and when; the follow-up call is set from it. */
export function ResolveComplaintForm({ initialRemedy, onResolve, onCancel }: Props) {
  const { t } = useTranslation();
  const [remedy, setRemedy] = useState(initialRemedy);
  const [on, setOn] = useState(localToday());
  function submit(event: FormEvent) {
    event.preventDefault();
    if (on !== '') onResolve(remedy.trim(), on);
  }
  return (
    <form className="done-form" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <input
        autoFocus
        aria-label={t('composer.remedy')}
        placeholder={t('composer.remedy')}
        value={remedy}
        onChange={(e) => setRemedy(e.target.value)}
      />
      <input type="date" aria-label={t('composer.resolvedOn')} value={on} onChange={(e) => setOn(e.target.value)} />
      <button type="submit" className="button-primary">
        {t('timeline.resolveSave')}
      </button>
    </form>
  );
}
