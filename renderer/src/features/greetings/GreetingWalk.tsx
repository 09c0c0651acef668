import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { GreetingBatch } from './use-greeting-batch';

/** The walk: the list of customers with what became of each, and the words of the one in hand. */
interface Props {
  batch: GreetingBatch;
  editor: RefObject<HTMLTextAreaElement | null>;
  decide(outcome: 'sent' | 'skipped'): void;
}

export function GreetingWalk({ batch, editor, decide }: Props) {
  const { t } = useTranslation();
  const { walk, current, draft, problem, busy } = batch;
  return (
    <div className="greetings-body">
      <ol className="greetings-list" aria-label={t('greetings.listLabel')}>
        {walk.map((d, i) => (
          <li key={d.customerId} className={i === current ? 'greetings-row active' : 'greetings-row'} aria-current={i === current}>
            <button type="button" className="button-link" onClick={() => batch.setCurrent(i)}>
              {d.name || d.displayAddressAs}
            </button>
            {d.phone !== null && <span className="muted"> …{d.phone.slice(-4)}</span>}
            <span className={`greetings-status ${batch.statusOf(d.customerId)}`}>
              {t(`greetings.status.${batch.statusOf(d.customerId)}`)}
            </span>
          </li>
        ))}
      </ol>
      {draft !== undefined && (
        <div className="greetings-draft">
          <label className="field">
            <span>{t('greetings.draftFor', { name: draft.displayAddressAs })}</span>
            <textarea
              ref={editor}
              rows={7}
              value={batch.textOf(draft.customerId)}
              onChange={(e) => batch.setText(draft.customerId, e.target.value)}
            />
          </label>
          {problem !== null && (
            <p className="field-problem" role="alert">
              {problem}
            </p>
          )}
          <div className="dialog-actions">
            <button type="button" className="button-quiet" disabled={busy} onClick={() => decide('skipped')}>
              {t('greetings.skip')}
            </button>
            <button type="button" className="button-primary" disabled={busy} onClick={() => decide('sent')}>
              {t('greetings.copySend')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
