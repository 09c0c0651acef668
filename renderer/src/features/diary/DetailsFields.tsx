import { useTranslation } from 'react-i18next';
import type { EntryKind } from '../../../../shared/domain/entry-kinds';
import { dayLabel } from '../../app/i18n/format';
import { useLocale } from '../../app/locale-context';
import type { DetailsDraft } from './details-draft';

interface Props {
  kind: EntryKind;
  value: DetailsDraft;
  /** For a purchase: the follow-up the settings suggest, offered as one click. */
  suggestedFollowUp: string | null;
  giftRepeat: string | null;
  onChange(value: DetailsDraft): void;
}

/** The few fields a kind needs beside the story; every one of them may stay empty but a promise's due date and a gift's item. */
export function DetailsFields({ kind, value, suggestedFollowUp, giftRepeat, onChange }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const set = (key: keyof DetailsDraft) => (event: { target: { value: string } }) => onChange({ ...value, [key]: event.target.value });
  return (
    <div className="details-fields">
      {kind === 'complaint' && (
        <>
          <label>
            <span>{t('composer.remedy')}</span>
            <input value={value.remedy} onChange={set('remedy')} />
          </label>
          <label>
            <span>{t('composer.resolvedOn')}</span>
            <input type="date" value={value.resolvedOn} onChange={set('resolvedOn')} />
          </label>
        </>
      )}
      {kind === 'promise' && (
        <label>
          <span>{t('composer.promiseDue')}</span>
          <input type="date" value={value.promiseDue} onChange={set('promiseDue')} aria-required="true" />
        </label>
      )}
      {kind === 'gift' && (
        <>
          <label>
            <span>{t('composer.giftItem')}</span>
            <input value={value.giftItem} onChange={set('giftItem')} />
          </label>
          <label>
            <span>{t('composer.giftOccasion')}</span>
            <input value={value.giftOccasion} onChange={set('giftOccasion')} />
          </label>
        </>
      )}
      {(kind === 'visit' || kind === 'service' || kind === 'purchase') && (
        <label>
          <span>{t('composer.satisfaction')}</span>
          <select value={value.satisfaction} onChange={set('satisfaction')}>
            <option value="">{t('composer.satisfactionNone')}</option>
            {[5, 4, 3, 2, 1].map((n) => (
              <option key={n} value={String(n)}>
                {'★'.repeat(n)}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        <span>{t('composer.followUpOn')}</span>
        <input type="date" value={value.followUpOn} onChange={set('followUpOn')} />
      </label>
      {suggestedFollowUp !== null && value.followUpOn === '' && (
        <button type="button" className="button-quiet" onClick={() => onChange({ ...value, followUpOn: suggestedFollowUp })}>
          ＋ {t('composer.followUpOn')} {dayLabel(suggestedFollowUp, locale)}
        </button>
      )}
      {giftRepeat !== null && (
        <p className="owned-cue owned-exact" role="note">
          {giftRepeat}
        </p>
      )}
    </div>
  );
}
