import { useContext, useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOutput, Entry, EntryDraft, Settings } from '../../../../shared/contract';
import { addDays } from '../../../../shared/domain/calendar-date';
import type { OwnedItem } from '../../../../shared/domain/already-owned';
import { contactKinds, entryKinds, type EntryKind } from '../../../../shared/domain/entry-kinds';
import { useApi } from '../../api';
import { fromLocalInput, localToday, relativeDay, shortDate } from '../../app/i18n/format';
import { useLocale } from '../../app/locale-context';
import { ComposerDraftsContext, isEmptyDraft } from './composer-drafts';
import { DetailsFields } from './DetailsFields';
import { emptyDetails, toDetailsInput, type DetailsDraft } from './details-draft';
import { useStatus } from '../../app/status';
import { useCall } from '../../app/use-call';
import { draftsTotal, emptyLine, toLineInputs, type LineDraft } from './line-drafts';
import { PurchaseLinesEditor } from './PurchaseLinesEditor';
import type { MemberCard } from '../../../../shared/contract/cards.contract';
import { PayFromCard, payProblemText, readPay } from '../cards/PayFromCard';
import { errorText, refusalText } from '../../app/error-text';

interface Props {
  customerId: string;
  currency: string;
  owned?: OwnedItem[];
  gifts?: CallOutput<'entries.gifts'>['items'];
  lastContactAt?: string | null;
  settings?: Pick<Settings, 'contactCooldownDays' | 'followUpAfterPurchaseDays'>;
  /** A member's purchase can be paid from the card and shows the points it earns; without a card nothing changes. */
  card?: MemberCard | null;
  onSaved(entry: Entry): void;
}

/**
 * After the sale, ten seconds: pick a kind (Alt+1…5), write, add lines for a purchase,
 * Ctrl+Enter to save, and the cursor is back in the box for the next line.
 */
export function Composer({ customerId, currency, owned = [], gifts = [], lastContactAt = null, settings, card = null, onSaved }: Props) {
  const api = useApi();
  const call = useCall();
  const { say } = useStatus();
  const { t } = useTranslation();
  // What was being written before a lock or a visit to another customer comes back.
  const drafts = useContext(ComposerDraftsContext);
  const [kept] = useState(() => drafts?.get(customerId));
  const [kind, setKind] = useState<EntryKind>(kept?.kind ?? 'note');
  const [text, setText] = useState(kept?.text ?? '');
  const [when, setWhen] = useState(kept?.when ?? '');
  const [lines, setLines] = useState<LineDraft[]>(() => kept?.lines ?? [emptyLine()]);
  const [problem, setProblem] = useState<string | null>(null);
  const [details, setDetails] = useState<DetailsDraft>(kept?.details ?? emptyDetails);
  const [pay, setPay] = useState('');
  useEffect(() => {
    if (drafts === null) return;
    const draft = { kind, text, when, lines, details };
    if (isEmptyDraft(draft)) drafts.delete(customerId);
    else drafts.set(customerId, draft);
  }, [drafts, customerId, kind, text, when, lines, details]);
  const [warned, setWarned] = useState(false);
  const locale = useLocale();
  const [busy, setBusy] = useState(false);
  const textBox = useRef<HTMLTextAreaElement>(null);
  // The box is ready to type in, without scrolling the customer's name and tier out of view.
  useEffect(() => {
    textBox.current?.focus({ preventScroll: true });
  }, []);

  // Don't turn friends sour: reaching out again within the cool-down asks once before saving.
  function tooSoon(): boolean {
    return (
      contactKinds.includes(kind) &&
      lastContactAt !== null &&
      settings !== undefined &&
      Date.now() - Date.parse(lastContactAt) < settings.contactCooldownDays * 86_400_000
    );
  }
  const memberPurchase = kind === 'purchase' && card !== null;
  const giftItem = details.giftItem.trim().toLowerCase();
  const giftRepeat = kind === 'gift' && giftItem !== '' ? gifts.find((g) => g.item.trim().toLowerCase() === giftItem) : undefined;

  async function save(event?: FormEvent) {
    event?.preventDefault();
    if (busy) return;
    setProblem(null);
    const converted = kind === 'purchase' ? toLineInputs(lines, currency) : { lines: [] };
    if ('problem' in converted) {
      const p = converted.problem;
      setProblem(
        p.kind === 'needItem' ? t('composer.needItem', { line: p.line }) : t('composer.badPrice', { line: p.line, value: p.value }),
      );
      return;
    }
    const structured = toDetailsInput(kind, details);
    if ('problem' in structured) {
      setProblem(t(`composer.${structured.problem}`));
      return;
    }
    if (text.trim() === '' && converted.lines.length === 0 && kind !== 'gift') {
      // Only spaces, or nothing: say so rather than seem to do nothing.
      setProblem(t('composer.nothingToSave'));
      textBox.current?.focus();
      return;
    }
    if (!warned && tooSoon()) {
      setWarned(true);
      return;
    }
    const total = draftsTotal(lines, currency);
    const paying = memberPurchase ? readPay(pay, total, card.value.total, currency) : { payMinor: 0 };
    if ('problem' in paying) {
      setProblem(payProblemText(t, locale, pay, total, card?.value.total ?? 0, currency) ?? null);
      return;
    }
    const occurredAt = when === '' ? undefined : (fromLocalInput(when) ?? undefined);
    const draft = {
      customerId,
      kind,
      text,
      lines: converted.lines,
      details: structured.details,
      ...(occurredAt === undefined ? {} : { occurredAt }),
    };
    setBusy(true);
    const entry = memberPurchase ? await saveMemberPurchase(draft, paying.payMinor) : await call(api['entries.add'](draft));
    setBusy(false);
    if (entry === null) return;
    setPay('');
    setText('');
    setWhen('');
    setLines([emptyLine()]);
    setDetails(emptyDetails);
    setWarned(false);
    say(t('composer.saved'));
    onSaved(entry);
    textBox.current?.focus();
  }

  /** Entry, payment and points in one call; a refusal (not enough on the card) is said in the form and nothing is saved. */
  async function saveMemberPurchase(draft: EntryDraft, payMinor: number): Promise<Entry | null> {
    const saved = await api['cards.purchase']({ entry: draft, payMinor });
    if (saved.ok) return saved.value.entry;
    setProblem((saved.error.issues ?? []).length > 0 ? errorText(t, saved.error) : refusalText(t, saved.error));
    return null;
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save();
      return;
    }
    if (event.altKey && /^[1-9]$/.test(event.key)) {
      const next = entryKinds[Number(event.key) - 1];
      if (next !== undefined) {
        event.preventDefault();
        setKind(next);
      }
    }
  }

  return (
    <form className="composer" aria-label={t('composer.title')} onSubmit={(e) => void save(e)} onKeyDown={onKeyDown}>
      <div className="kind-picker" role="radiogroup" aria-label={t('composer.kind')}>
        {entryKinds.map((k, index) => (
          <button
            key={k}
            type="button"
            role="radio"
            aria-checked={kind === k}
            className={kind === k ? 'kind active' : 'kind'}
            title={`Alt+${index + 1}`}
            onClick={() => setKind(k)}
          >
            {t(`kinds.${k}`)}
          </button>
        ))}
        <label className="composer-when">
          <span className="muted">{t('composer.when')}</span>
          <input type="datetime-local" value={when} onChange={(e) => setWhen(e.target.value)} aria-label={t('composer.when')} />
        </label>
      </div>
      <textarea
        ref={textBox}
        className="composer-text"
        aria-label={t('composer.title')}
        placeholder={t('composer.placeholder')}
        value={text}
        rows={3}
        onChange={(e) => setText(e.target.value)}
      />
      {kind === 'purchase' && <PurchaseLinesEditor lines={lines} currency={currency} owned={owned} onChange={setLines} />}
      {memberPurchase && (
        <PayFromCard
          customerId={customerId}
          totalMinor={draftsTotal(lines, currency)}
          availableMinor={card.value.total}
          currency={card.currency}
          pay={pay}
          onPayChange={setPay}
        />
      )}
      <DetailsFields
        kind={kind}
        value={details}
        onChange={setDetails}
        suggestedFollowUp={kind === 'purchase' && settings !== undefined ? addDays(localToday(), settings.followUpAfterPurchaseDays) : null}
        giftRepeat={
          giftRepeat === undefined
            ? null
            : t('composer.giftRepeat', { item: giftRepeat.item, date: shortDate(giftRepeat.occurredAt, locale) })
        }
      />
      {warned && lastContactAt !== null && (
        <p className="contact-warning" role="alert">
          {t('composer.contactedRecently', {
            when: relativeDay(lastContactAt, new Date(), locale, { today: t('dates.today'), yesterday: t('dates.yesterday') }),
          })}
        </p>
      )}
      {problem !== null && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="composer-actions">
        <span className="muted">{t('composer.saveHint')}</span>
        <button type="submit" className="button-primary" disabled={busy}>
          {t('composer.save')}
        </button>
      </div>
    </form>
  );
}
