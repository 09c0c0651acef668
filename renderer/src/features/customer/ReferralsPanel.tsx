import { useTranslation } from 'react-i18next';
import type { CallOutput } from '../../../../shared/contract';
import { formatMoney } from '../../../../shared/domain/money';
import { useLocale } from '../../app/locale-context';
import { hrefFor } from '../../app/use-route';

type Referral = CallOutput<'customers.referrals'>['items'][number];

/** Old customers bring new ones: whom this customer brought, and what they spent. */
export function ReferralsPanel({ items }: { items: Referral[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (items.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="referrals-title">
      <h2 id="referrals-title">{t('referrals.title')}</h2>
      <ul className="panel-list">
        {items.map((r) => (
          <li key={r.customerId}>
            <a className="grow" href={hrefFor({ name: 'customer', id: r.customerId })}>
              {r.name}
            </a>
            <span className="muted">{t('referrals.spent', { amount: formatMoney(r.spentMinor, r.currency ?? 'CNY', locale) })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
