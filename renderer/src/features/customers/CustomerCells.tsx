import { useTranslation } from 'react-i18next';
import type { CustomerSummary } from '../../../../shared/contract';
import { formatMoney } from '../../../../shared/domain/money';
import { relativeDay } from '../../app/i18n/format';
import { useLocale } from '../../app/locale-context';
import { hrefFor } from '../../app/use-route';

/** One customer's cells in the list: name and tags, phone, tier and stage, spend, last visit. */
export function CustomerCells({ c, currency, now }: { c: CustomerSummary; currency: string; now: Date }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const words = { today: t('dates.today'), yesterday: t('dates.yesterday') };
  return (
    <>
      <span role="cell">
        <a href={hrefFor({ name: 'customer', id: c.id })} className="customer-link">
          {c.name || t('list.noName')}
        </a>
        {c.name !== '' && c.displayAddressAs !== c.name && <span className="muted"> · {c.displayAddressAs}</span>}
        {c.tags.slice(0, 3).map((tag) => (
          <span key={tag} className="chip chip-small">
            {tag}
          </span>
        ))}
      </span>
      <span role="cell">{c.phone ?? ''}</span>
      <span role="cell">
        {c.tier !== null && <span className={`chip chip-small tier-${c.tier}`}>{t(`value.tiers.${c.tier}`)}</span>}
        {c.stage !== null && <span className="muted"> {t(`value.stages.${c.stage}`)}</span>}
      </span>
      <span role="cell">{c.spendInWindow === null || c.spendInWindow === 0 ? '' : formatMoney(c.spendInWindow, currency, locale)}</span>
      <span role="cell">
        {c.lastVisitAt === null ? <span className="muted">{t('list.never')}</span> : relativeDay(c.lastVisitAt, now, locale, words)}
      </span>
    </>
  );
}
