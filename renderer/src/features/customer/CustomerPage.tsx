import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../shared/contract';
import { touches, useCustomerData } from './use-customer-data';
import { useDiaryActions, useRecallActions } from './use-customer-actions';
import { CustomerDetailsPanel } from './CustomerDetailsPanel';
import { Composer } from '../diary/Composer';
import { Timeline } from '../diary/Timeline';
import { EditCustomerDialog } from '../../app/dialogs';
import { DatesPanel } from './DatesPanel';
import { PeoplePanel } from './PeoplePanel';
import { PreferencesPanel } from './PreferencesPanel';
import { ReferralsPanel } from './ReferralsPanel';
import { MemberCardPanel } from '../cards/MemberCardPanel';
import { RecallCard } from './RecallCard';
import { GreetingChoice } from '../greetings/GreetingChoice';
import { OtherCounterChanges } from '../sync/OtherCounterChanges';

/** One customer: the recall card on top, the composer under it, the diary below; likes and details beside. */
export function CustomerPage({ customerId, currency, settings }: { customerId: string; currency: string; settings?: Settings }) {
  const { t } = useTranslation();
  const customerData = useCustomerData(customerId);
  const { data, reload } = customerData;
  const { more, remove, edit, resolve } = useDiaryActions(customerId, customerData);
  const { setTier, punch } = useRecallActions(customerId, customerData);
  const [editing, setEditing] = useState(false);

  if (data === null) return <p className="muted page-pad">{t('app.loading')}</p>;
  return (
    <div className="customer-page">
      <div className="customer-main">
        <RecallCard recall={data.recall} now={new Date()} currency={currency} onSetTier={setTier} onPunch={punch} />
        <OtherCounterChanges customerId={customerId} onChanged={() => void reload(touches.elsewhere)} />
        <Composer
          customerId={customerId}
          currency={currency}
          owned={data.owned}
          gifts={data.gifts}
          lastContactAt={data.recall.lastContactAt}
          settings={settings}
          card={data.card}
          onSaved={() => void reload(data.card === null ? touches.diary : [...touches.diary, ...touches.card])}
        />
        <h2 className="section-title">{t('timeline.title')}</h2>
        <Timeline
          entries={data.entries}
          occasions={data.greetings}
          hasMore={data.nextCursor !== null}
          onMore={() => void more()}
          currency={currency}
          onDelete={(e) => void remove(e)}
          onEdit={edit}
          onResolve={(entry, remedy, resolvedOn) => void resolve(entry, remedy, resolvedOn)}
        />
      </div>
      <aside className="customer-side">
        <button type="button" className="button-quiet wide" onClick={() => setEditing(true)}>
          {t('details.edit')}
        </button>
        <MemberCardPanel
          customerId={customerId}
          customerName={data.customer.name}
          card={data.card}
          currency={currency}
          onChanged={() => void reload(touches.card)}
        />
        <GreetingChoice customerId={customerId} onRecorded={() => void reload(touches.diary)} />
        <PreferencesPanel customerId={customerId} items={data.preferences} onChanged={() => void reload(touches.preferences)} />
        <DatesPanel customerId={customerId} dates={data.dates} people={data.people} onChanged={() => void reload(touches.dates)} />
        <PeoplePanel customerId={customerId} people={data.people} onChanged={() => void reload(touches.people)} />
        <ReferralsPanel items={data.referrals} />
        <CustomerDetailsPanel customer={data.customer} />
      </aside>
      <EditCustomerDialog
        customer={data.customer}
        open={editing}
        onOpenChange={setEditing}
        onSaved={() => {
          setEditing(false);
          void reload(touches.details);
        }}
      />
    </div>
  );
}
