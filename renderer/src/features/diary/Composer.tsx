import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOutput, Entry, Settings } from '../../../../shared/contract';
import { addDays } from '../../../../shared/domain/calendar-date';
import type { OwnedItem } from '../../../../shared/domain/already-owned';
import { localToday } from '../../app/i18n/format';
import { useLocale } from '../../app/locale-context';
import { DetailsFields } from './DetailsFields';
import { useStatus } from '../../app/status';
import { draftsTotal } from './line-drafts';
import { PurchaseLinesEditor } from './PurchaseLinesEditor';
import type { MemberCard } from '../../../../shared/contract/cards.contract';
import { PayFromCard } from '../cards/PayFromCard';
import { checkComposer, giftRepeatText } from './composer-check';
import { composerKeyDown, KindPicker } from './KindPicker';
import { ComposerFooter } from './ComposerFooter';
import { useSendEntry } from './use-send-entry';
import { useComposerDraft } from './use-composer-draft';
import { useFocusOnMount } from './use-focus-on-mount';

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
  const { say } = useStatus();
  const { t } = useTranslation();
  const { kind, setKind, text, setText, when, setWhen, lines, setLines, details, setDetails, pay, setPay, clear } =
    useComposerDraft(customerId);
  const [problem, setProblem] = useState<string | null>(null);
  const sendEntry = useSendEntry(setProblem);
  const [warned, setWarned] = useState(false);
  const locale = useLocale();
  const [busy, setBusy] = useState(false);
  // The box is ready to type in, without scrolling the customer's name and tier out of view.
  const textBox = useFocusOnMount<HTMLTextAreaElement>();

  const memberPurchase = kind === 'purchase' && card !== null;

  async function save(event?: FormEvent) {
    event?.preventDefault();
    if (busy) return;
    setProblem(null);
    const state = { customerId, currency, kind, text, when, lines, details, pay, warned, lastContactAt, settings, card };
    const checked = checkComposer(state, t, locale);
    if ('problem' in checked) {
      setProblem(checked.problem);
      if (checked.nothingWritten === true) textBox.current?.focus();
      return;
    }
    if ('warn' in checked) {
      setWarned(true);
      return;
    }
    setBusy(true);
    const entry = await sendEntry(checked.draft, checked.memberPayMinor);
    setBusy(false);
    if (entry === null) return;
    clear();
    setWarned(false);
    say(t('composer.saved'));
    onSaved(entry);
    textBox.current?.focus();
  }

  return (
    <form
      className="composer"
      aria-label={t('composer.title')}
      onSubmit={(e) => void save(e)}
      onKeyDown={(e) => composerKeyDown(e, () => void save(), setKind)}
    >
      <KindPicker kind={kind} onKind={setKind} when={when} onWhen={setWhen} />
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
        giftRepeat={giftRepeatText(kind, details, gifts, t, locale)}
      />
      <ComposerFooter warnedOfContactAt={warned ? lastContactAt : null} problem={problem} busy={busy} />
    </form>
  );
}
