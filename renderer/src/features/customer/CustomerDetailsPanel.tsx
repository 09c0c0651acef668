import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../../shared/contract';

/** The details beside the diary, shown only when any of them is known. */
export function CustomerDetailsPanel({ customer }: { customer: Customer }) {
  const { t } = useTranslation();
  if (customer.company === null && customer.about === null && customer.address === null && customer.email === null) return null;
  return (
    <section className="panel">
      <h2>{t('details.title')}</h2>
      <dl className="details-list">
        {customer.company !== null && (
          <>
            <dt>{t('details.company')}</dt>
            <dd>
              {customer.company}
              {customer.title !== null && ` · ${customer.title}`}
            </dd>
          </>
        )}
        {customer.email !== null && (
          <>
            <dt>{t('details.email')}</dt>
            <dd>{customer.email}</dd>
          </>
        )}
        {customer.address !== null && (
          <>
            <dt>{t('details.address')}</dt>
            <dd>{customer.address}</dd>
          </>
        )}
        {customer.about !== null && (
          <>
            <dt>{t('details.about')}</dt>
            <dd className="about">{customer.about}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
