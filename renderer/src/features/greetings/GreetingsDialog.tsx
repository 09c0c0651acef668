import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Occasion } from '../../../../shared/contract/greetings.contract';
import { AppDialog } from '../../components/AppDialog';
import { GreetingWalk } from './GreetingWalk';
import { HeldGreetings } from './HeldGreetings';
import { SmsExport } from './SmsExport';
import { useGreetingBatch, type Audience } from './use-greeting-batch';

export type { Audience } from './use-greeting-batch';

interface Props {
  open: boolean;
  occasion: Occasion;
  audience: Audience;
  onClose(): void;
  /** After a greeting was recorded: the diary and Today may have changed. */
  onRecorded?(): void;
}

const typing = (target: EventTarget) => target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement;

/**
 * A batch of greetings walked from the keyboard: Enter copies the draft (for WeChat) and records
 * it as sent, S skips, E edits; arrows move. Held-back customers wait below with their reasons and
 * can be included one by one (never one who asked for no marketing). Shuke sends nothing itself.
 */
export function GreetingsDialog({ open, occasion, audience, onClose, onRecorded }: Props) {
  const { t } = useTranslation();
  const batch = useGreetingBatch(occasion, audience, onRecorded);
  const editor = useRef<HTMLTextAreaElement>(null);
  const walker = useRef<HTMLDivElement>(null);
  const { walk, held } = batch;

  // Once the drafts are there the keys walk them: the focus moves from the dialog's close button.
  const loaded = batch.batch !== null;
  useEffect(() => {
    if (loaded) walker.current?.focus();
  }, [loaded]);

  function decide(outcome: 'sent' | 'skipped') {
    void batch.decide(outcome).then((recorded) => {
      if (recorded) walker.current?.focus();
    });
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (typing(event.target)) {
      // From the words themselves, Ctrl+Enter copies and records; Tab leaves them for the list keys.
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        decide('sent');
      }
      return;
    }
    if (event.target instanceof HTMLButtonElement) return;
    const key = event.key.toLowerCase();
    if (event.key === 'Enter') decide('sent');
    else if (key === 's') decide('skipped');
    else if (key === 'e') editor.current?.focus();
    else if (event.key === 'ArrowDown') batch.setCurrent((i) => Math.min(i + 1, walk.length - 1));
    else if (event.key === 'ArrowUp') batch.setCurrent((i) => Math.max(i - 1, 0));
    else return;
    event.preventDefault();
  }

  const current = batch.batch;
  return (
    <AppDialog
      open={open}
      onOpenChange={(o) => !o && onClose()}
      title={current === null ? t('greetings.title') : t('greetings.titleFor', { label: current.label })}
      wide
    >
      {current === null ? (
        <p className="muted" role="status">
          {batch.problem ?? t('greetings.drafting')}
        </p>
      ) : (
        <div className="greetings" ref={walker} tabIndex={-1} onKeyDown={onKeyDown} aria-label={t('greetings.walkLabel')}>
          <p className="muted" role="status" aria-live="polite">
            {t('greetings.counts', { total: walk.length, sent: batch.count('sent'), skipped: batch.count('skipped'), held: held.length })}
            {current.more > 0 && ` ${t('greetings.more', { count: current.more })}`}
          </p>
          <p className="muted greetings-keys">{t('greetings.keys')}</p>
          <GreetingWalk batch={batch} editor={editor} decide={decide} />
          <HeldGreetings held={held} onInclude={batch.include} />
          <SmsExport
            batchId={current.batchId}
            rows={() =>
              walk
                .filter((d) => batch.statusOf(d.customerId) !== 'skipped')
                .map((d) => ({ customerId: d.customerId, text: batch.textOf(d.customerId).trim() }))
            }
          />
        </div>
      )}
    </AppDialog>
  );
}
