import { useTranslation } from 'react-i18next';
import type { EntryDetails } from '../../../../shared/contract';
import { dayLabel } from '../../app/i18n/format';
import { useLocale } from '../../app/locale-context';

/** The structured part of an entry as small chips beside its story. */
export function EntryDetailsChips({ details }: { details: EntryDetails }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const chips: { key: string; text: string; tone?: string }[] = [];
  if (details.giftItem !== null)
    chips.push({
      key: 'gift',
      text: `${t('composer.giftItem')}：${details.giftItem}${details.giftOccasion !== null ? ` · ${details.giftOccasion}` : ''}`,
    });
  if (details.promiseDue !== null) {
    const status = details.promiseStatus === 'kept' ? t('care.kept') : details.promiseStatus === 'broken' ? t('care.broken') : null;
    chips.push({
      key: 'promise',
      text: `${t('composer.promiseDue')} ${dayLabel(details.promiseDue, locale)}${status !== null ? ` · ${status}` : ''}`,
      tone: status === null ? 'warn' : undefined,
    });
  }
  if (details.remedy !== null) chips.push({ key: 'remedy', text: t('composer.remedyChip', { remedy: details.remedy }) });
  if (details.resolvedOn !== null)
    chips.push({ key: 'resolved', text: t('care.resolvedOn', { date: dayLabel(details.resolvedOn, locale) }), tone: 'like' });
  if (details.satisfaction !== null)
    chips.push({ key: 'satisfaction', text: `${t('composer.satisfaction')} ${'★'.repeat(details.satisfaction)}` });
  if (details.followUpOn !== null) {
    chips.push({
      key: 'follow',
      text: `${t('composer.followUpOn')} ${dayLabel(details.followUpOn, locale)}${details.followUpDoneAt !== null ? ' ✓' : ''}`,
      tone: details.followUpDoneAt === null ? 'warn' : undefined,
    });
  }
  if (chips.length === 0) return null;
  return (
    <div className="chips">
      {chips.map((c) => (
        <span key={c.key} className={`chip${c.tone !== undefined ? ` chip-${c.tone}` : ''}`}>
          {c.text}
        </span>
      ))}
    </div>
  );
}
