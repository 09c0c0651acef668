import { format } from 'date-fns';
import type { TFunction } from 'i18next';
import type { CustomerFacts } from '../../../../shared/contract';

/** "11 visits, VIP, since 2026-03": what tells the owner at a glance who this record is. */
export function factsText(t: TFunction, c: CustomerFacts): string {
  const parts = [c.visitCount === 0 ? t('sameCustomer.noVisits') : t('sameCustomer.visits', { count: c.visitCount })];
  if (c.tier !== null) parts.push(t(`value.tiers.${c.tier}`));
  parts.push(t('sameCustomer.since', { month: format(new Date(c.firstSeenAt), 'yyyy-MM') }));
  return parts.join(t('sameCustomer.separator'));
}

/** The name to call a customer by in a sentence; a customer saved with only a phone is their phone. */
export function nameOf(c: Pick<CustomerFacts, 'name' | 'phone'>): string {
  return c.name !== '' ? c.name : (c.phone ?? '');
}
