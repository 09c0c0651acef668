import type { TFunction } from 'i18next';
import type { CallOutput, EntryDraft, Settings } from '../../../../shared/contract';
import type { MemberCard } from '../../../../shared/contract/cards.contract';
import { contactKinds, type EntryKind } from '../../../../shared/domain/entry-kinds';
import type { UiLocale } from '../../../../shared/domain/salutation';
import { fromLocalInput, shortDate } from '../../app/i18n/format';
import { payProblemText, readPay } from '../cards/PayFromCard';
import type { ComposerDraft } from './composer-drafts';
import type { DetailsDraft } from './details-draft';
import { toDetailsInput } from './details-draft';
import { draftsTotal, toLineInputs } from './line-drafts';

export interface ComposerState extends ComposerDraft {
  customerId: string;
  currency: string;
  pay: string;
  /** The owner was told once that this customer was contacted recently. */
  warned: boolean;
  lastContactAt: string | null;
  settings: Pick<Settings, 'contactCooldownDays'> | undefined;
  card: MemberCard | null;
}

/** What saving the composer does: say a problem, ask once about a recent contact, or save this draft. */
export type ComposerCheck =
  { problem: string | null; nothingWritten?: true } | { warn: true } | { draft: EntryDraft; memberPayMinor: number | null };

// Don't turn friends sour: reaching out again within the cool-down asks once before saving.
function tooSoon(kind: EntryKind, lastContactAt: string | null, settings: ComposerState['settings']): boolean {
  return (
    contactKinds.includes(kind) &&
    lastContactAt !== null &&
    settings !== undefined &&
    Date.now() - Date.parse(lastContactAt) < settings.contactCooldownDays * 86_400_000
  );
}

/** The composer's checks, in the order the owner meets them. */
export function checkComposer(s: ComposerState, t: TFunction, locale: UiLocale): ComposerCheck {
  const { kind, currency, card } = s;
  const converted = kind === 'purchase' ? toLineInputs(s.lines, currency) : { lines: [] };
  if ('problem' in converted) {
    const p = converted.problem;
    return {
      problem: p.kind === 'needItem' ? t('composer.needItem', { line: p.line }) : t('composer.badPrice', { line: p.line, value: p.value }),
    };
  }
  const structured = toDetailsInput(kind, s.details);
  if ('problem' in structured) return { problem: t(`composer.${structured.problem}`) };
  if (s.text.trim() === '' && converted.lines.length === 0 && kind !== 'gift') {
    // Only spaces, or nothing: say so rather than seem to do nothing.
    return { problem: t('composer.nothingToSave'), nothingWritten: true };
  }
  if (!s.warned && tooSoon(kind, s.lastContactAt, s.settings)) return { warn: true };
  const total = draftsTotal(s.lines, currency);
  const memberPurchase = kind === 'purchase' && card !== null;
  const paying = memberPurchase ? readPay(s.pay, total, card.value.total, currency) : { payMinor: 0 };
  if ('problem' in paying) return { problem: payProblemText(t, locale, s.pay, total, card?.value.total ?? 0, currency) ?? null };
  const occurredAt = s.when === '' ? undefined : (fromLocalInput(s.when) ?? undefined);
  const draft = {
    customerId: s.customerId,
    kind,
    text: s.text,
    lines: converted.lines,
    details: structured.details,
    ...(occurredAt === undefined ? {} : { occurredAt }),
  };
  return { draft, memberPayMinor: memberPurchase ? paying.payMinor : null };
}

/** Said under a gift when this customer was given the same thing before; null otherwise. */
export function giftRepeatText(
  kind: EntryKind,
  details: DetailsDraft,
  gifts: CallOutput<'entries.gifts'>['items'],
  t: TFunction,
  locale: UiLocale,
): string | null {
  const giftItem = details.giftItem.trim().toLowerCase();
  const giftRepeat = kind === 'gift' && giftItem !== '' ? gifts.find((g) => g.item.trim().toLowerCase() === giftItem) : undefined;
  return giftRepeat === undefined
    ? null
    : t('composer.giftRepeat', { item: giftRepeat.item, date: shortDate(giftRepeat.occurredAt, locale) });
}
