import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { GreetingDraft, Occasion } from '../../../../shared/contract/greetings.contract';
import type { z } from 'zod';
import type { audienceSchema } from '../../../../shared/contract/greetings.contract';
import { useApi } from '../../api';
import { useLocale } from '../../app/locale-context';
import { refusalText } from '../../app/error-text';
import { AppDialog } from '../../components/AppDialog';
import { saveMadeFile } from '../../components/save-file';

export type Audience = z.input<typeof audienceSchema>;
type Status = 'pending' | 'sent' | 'skipped';

interface Props {
  open: boolean;
  occasion: Occasion;
  audience: Audience;
  onClose(): void;
  /** After a greeting was recorded: the diary and Today may have changed. */
  onRecorded?(): void;
}

interface Batch {
  batchId: string;
  label: string;
  items: GreetingDraft[];
  more: number;
}

const typing = (target: EventTarget) => target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement;

/**
 * A batch of greetings walked from the keyboard: Enter copies the draft (for WeChat) and records
 * it as sent, S skips, E edits; arrows move. Held-back customers wait below with their reasons and
 * can be included one by one (never one who asked for no marketing). Shuke sends nothing itself.
 */
export function GreetingsDialog({ open, occasion, audience, onClose, onRecorded }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const api = useApi();
  const [exported, setExported] = useState<string | null>(null);
  const [batch, setBatch] = useState<Batch | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [included, setIncluded] = useState<Set<string>>(new Set());
  const [status, setStatus] = useState<Record<string, Status>>({});
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [current, setCurrent] = useState(0);
  const [busy, setBusy] = useState(false);
  const editor = useRef<HTMLTextAreaElement>(null);
  const walker = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let live = true;
    void api['greetings.drafts']({ occasion, audience }).then((reply) => {
      if (!live) return;
      if (!reply.ok) return setProblem(refusalText(t, reply.error));
      setBatch(reply.value);
      setTexts(Object.fromEntries(reply.value.items.map((d) => [d.customerId, d.text])));
    });
    return () => {
      live = false;
    };
    // One batch per opening: the occasion and audience it was opened with.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Once the drafts are there the keys walk them: the focus moves from the dialog's close button.
  const loaded = batch !== null;
  useEffect(() => {
    if (loaded) walker.current?.focus();
  }, [loaded]);

  const walk = batch === null ? [] : batch.items.filter((d) => d.holds.length === 0 || included.has(d.customerId));
  const held = batch === null ? [] : batch.items.filter((d) => d.holds.length > 0 && !included.has(d.customerId));
  const draft = walk[current];
  const count = (s: Status) => walk.filter((d) => (status[d.customerId] ?? 'pending') === s).length;

  function next(from: number) {
    const after = walk.findIndex((d, i) => i > from && (status[d.customerId] ?? 'pending') === 'pending');
    setCurrent(after === -1 ? Math.min(from + 1, Math.max(walk.length - 1, 0)) : after);
  }

  async function decide(outcome: 'sent' | 'skipped') {
    if (batch === null || draft === undefined || busy) return;
    const text = (texts[draft.customerId] ?? '').trim();
    setBusy(true);
    setProblem(null);
    if (outcome === 'sent') {
      try {
        await navigator.clipboard.writeText(text);
      } catch {
        setBusy(false);
        // Not copied: nothing is recorded, so the owner can copy the words by hand and try again.
        return setProblem(t('greetings.copyFailed'));
      }
    }
    const reply = await api['greetings.record']({ batchId: batch.batchId, customerId: draft.customerId, outcome, text });
    setBusy(false);
    if (!reply.ok) return setProblem(refusalText(t, reply.error));
    setStatus((s) => ({ ...s, [draft.customerId]: outcome }));
    onRecorded?.();
    next(current);
    walker.current?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (typing(event.target)) {
      // From the words themselves, Ctrl+Enter copies and records; Tab leaves them for the list keys.
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        void decide('sent');
      }
      return;
    }
    if (event.target instanceof HTMLButtonElement) return;
    const key = event.key.toLowerCase();
    if (event.key === 'Enter') void decide('sent');
    else if (key === 's') void decide('skipped');
    else if (key === 'e') editor.current?.focus();
    else if (event.key === 'ArrowDown') setCurrent((i) => Math.min(i + 1, walk.length - 1));
    else if (event.key === 'ArrowUp') setCurrent((i) => Math.max(i - 1, 0));
    else return;
    event.preventDefault();
  }

  /** The walk as it stands (edits kept, skipped left out) for an SMS service; the book adds phones and names. */
  async function exportFile(format: 'xlsx' | 'csv') {
    if (batch === null) return;
    const rows = walk
      .filter((d) => (status[d.customerId] ?? 'pending') !== 'skipped')
      .map((d) => ({ customerId: d.customerId, text: (texts[d.customerId] ?? d.text).trim() }))
      .filter((r) => r.text !== '');
    if (rows.length === 0) return setExported(t('greetings.exportedNone'));
    const reply = await api['greetings.smsFile']({ batchId: batch.batchId, format, rows, lang: locale });
    if (!reply.ok) return setExported(refusalText(t, reply.error));
    saveMadeFile(reply.value);
    const left = rows.length - reply.value.rows;
    const said = t('greetings.exported', { count: reply.value.rows, file: reply.value.fileName });
    setExported(left === 0 ? said : `${said} ${t('greetings.exportedLeft', { count: left })}`);
  }

  return (
    <AppDialog
      open={open}
      onOpenChange={(o) => !o && onClose()}
      title={batch === null ? t('greetings.title') : t('greetings.titleFor', { label: batch.label })}
      wide
    >
      {batch === null ? (
        <p className="muted" role="status">
          {problem ?? t('greetings.drafting')}
        </p>
      ) : (
        <div className="greetings" ref={walker} tabIndex={-1} onKeyDown={onKeyDown} aria-label={t('greetings.walkLabel')}>
          <p className="muted" role="status" aria-live="polite">
            {t('greetings.counts', { total: walk.length, sent: count('sent'), skipped: count('skipped'), held: held.length })}
            {batch.more > 0 && ` ${t('greetings.more', { count: batch.more })}`}
          </p>
          <p className="muted greetings-keys">{t('greetings.keys')}</p>
          <div className="greetings-body">
            <ol className="greetings-list" aria-label={t('greetings.listLabel')}>
              {walk.map((d, i) => (
                <li key={d.customerId} className={i === current ? 'greetings-row active' : 'greetings-row'} aria-current={i === current}>
                  <button type="button" className="button-link" onClick={() => setCurrent(i)}>
                    {d.name || d.displayAddressAs}
                  </button>
                  {d.phone !== null && <span className="muted"> …{d.phone.slice(-4)}</span>}
                  <span className={`greetings-status ${status[d.customerId] ?? 'pending'}`}>
                    {t(`greetings.status.${status[d.customerId] ?? 'pending'}`)}
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
                    value={texts[draft.customerId] ?? ''}
                    onChange={(e) => setTexts((all) => ({ ...all, [draft.customerId]: e.target.value }))}
                  />
                </label>
                {problem !== null && (
                  <p className="field-problem" role="alert">
                    {problem}
                  </p>
                )}
                <div className="dialog-actions">
                  <button type="button" className="button-quiet" disabled={busy} onClick={() => void decide('skipped')}>
                    {t('greetings.skip')}
                  </button>
                  <button type="button" className="button-primary" disabled={busy} onClick={() => void decide('sent')}>
                    {t('greetings.copySend')}
                  </button>
                </div>
              </div>
            )}
          </div>
          {held.length > 0 && (
            <section aria-label={t('greetings.heldTitle')}>
              <h3>{t('greetings.heldTitle')}</h3>
              <ul className="greetings-held">
                {held.map((d) => (
                  <li key={d.customerId}>
                    <span>{d.name || d.displayAddressAs}</span>{' '}
                    <span className="muted">{d.holds.map((h) => t(`greetings.hold.${h}`)).join('、')}</span>{' '}
                    {d.canInclude && (
                      <button type="button" className="button-quiet" onClick={() => setIncluded((s) => new Set(s).add(d.customerId))}>
                        {t('greetings.include')}
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            </section>
          )}
          <div className="dialog-actions greetings-export">
            <span className="muted">{t('greetings.export')}</span>
            <button type="button" className="button-quiet" onClick={() => void exportFile('xlsx')}>
              {t('greetings.exportXlsx')}
            </button>
            <button type="button" className="button-quiet" onClick={() => void exportFile('csv')}>
              {t('greetings.exportCsv')}
            </button>
          </div>
          {exported !== null && (
            <p className="muted" role="status">
              {exported}
            </p>
          )}
        </div>
      )}
    </AppDialog>
  );
}
