import { useTranslation } from 'react-i18next';
import type { CallOutput } from '../../../../shared/contract';
import { factsText, nameOf } from './facts-text';

export type BookMatch = NonNullable<CallOutput<'customers.matches'>['match']>;

interface Props {
  match: BookMatch;
  /** Adding a new customer, or saving an existing one's details. */
  action: 'add' | 'save';
  onOpen(customerId: string): void;
  onAnyway(): void;
}

const keys = {
  add: { phone: 'sameCustomer.addPhone', email: 'sameCustomer.addEmail', name: 'sameCustomer.addName' },
  save: { phone: 'sameCustomer.savePhone', email: 'sameCustomer.saveEmail', name: 'sameCustomer.saveName' },
} as const;

/**
 * "This phone belongs to 王梓萱 (11 visits, VIP, since 2026-03): open her, or add anyway?" The
 * choice is the owner's; opening is first and focused, so Enter takes them to the customer.
 */
export function SameCustomerNotice({ match, action, onOpen, onAnyway }: Props) {
  const { t } = useTranslation();
  const c = match.customer;
  return (
    <div className="same-customer" role="alert">
      <p>
        {t(keys[action][match.reason], {
          name: nameOf(c),
          facts: factsText(t, c),
          them: t(`sameCustomer.them.${c.gender ?? 'unknown'}`),
        })}
      </p>
      <div className="dialog-actions">
        {/* The notice answers the owner's own Enter; taking the focus lets the next Enter open the customer. */}
        <button type="button" className="button-primary" autoFocus onClick={() => onOpen(c.id)}>
          {t('sameCustomer.open', { name: nameOf(c) })}
        </button>
        <button type="button" className="button-quiet" onClick={onAnyway}>
          {t(action === 'add' ? 'sameCustomer.addAnyway' : 'sameCustomer.saveAnyway')}
        </button>
      </div>
    </div>
  );
}
