import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entry, Settings } from '../../../../shared/contract';
import type { EntryPatch } from '../../../../shared/contract/entries.contract';
import { useApi } from '../../api';
import { touches, useCustomerData } from './use-customer-data';
import { useStatus } from '../../app/status';
import { useCall } from '../../app/use-call';
import { Composer } from '../diary/Composer';
import { Timeline } from '../diary/Timeline';
import { EditCustomerDialog } from '../../app/dialogs';
import { DatesPanel } from './DatesPanel';
import { PeoplePanel } from './PeoplePanel';
import { PreferencesPanel } from './PreferencesPanel';
import { ReferralsPanel } from './ReferralsPanel';
import { MemberCardPanel } from '../cards/MemberCardPanel';
import { RecallCard } from './RecallCard';
import type { Tier } from '../../../../shared/domain/customer-value';
import { GreetingChoice } from '../greetings/GreetingChoice';

/** One customer: the recall card on top, the composer under it, the diary below; likes and details beside. */
export function CustomerPage({ customerId, currency, settings }: { customerId: string; currency: string; settings?: Settings }) {
  const api = useApi();
  const call = useCall();
  const { say } = useStatus();
  const { t } = useTranslation();
  const { data, setData, reload } = useCustomerData(customerId);
  const [editing, setEditing] = useState(false);

  async function more() {
    if (data?.nextCursor == null) return;
    const page = await call(api['entries.timeline']({ customerId, limit: 30, cursor: data.nextCursor }));
    if (page !== null) setData({ ...data, entries: [...data.entries, ...page.items], nextCursor: page.nextCursor });
  }

  async function remove(entry: Entry) {
    if ((await call(api['entries.delete']({ id: entry.id }))) === null) return;
    await reload(touches.diary);
    say(t('timeline.deleted'), {
      action: {
        label: t('timeline.undo'),
        run: () => {
          void call(api['entries.restore']({ id: entry.id })).then((restored) => {
            if (restored === null) return;
            say(t('timeline.restored'));
            void reload(touches.diary);
          });
        },
      },
    });
  }

  async function edit(entry: Entry, patch: EntryPatch): Promise<boolean> {
    const saved = await call(api['entries.update']({ id: entry.id, patch }));
    if (saved === null) return false;
    say(t('timeline.editSaved'));
    await reload(touches.diary);
    return true;
  }

  async function resolve(entry: Entry, remedy: string, resolvedOn: string) {
    const base = entry.details;
    const saved = await call(
      api['entries.update']({
        id: entry.id,
        patch: {
          details: {
            remedy: remedy === '' ? null : remedy,
            resolvedOn,
            followUpOn: base?.followUpOn ?? null,
            satisfaction: base?.satisfaction ?? null,
          },
        },
      }),
    );
    if (saved !== null) void reload(touches.complaint);
  }

  async function setTier(tier: Tier | null, reason: string): Promise<boolean> {
    const saved = await call(api['customers.setTier']({ customerId, tier, reason }));
    if (saved === null) return false;
    say(t('value.saved'));
    await reload(touches.tier);
    return true;
  }

  async function punch(punchId: string) {
    const moved = await call(api['cards.move']({ customerId, request: { kind: 'punch', punchId } }));
    if (moved === null) return;
    say(moved.line);
    await reload(touches.card);
  }

  if (data === null) return <p className="muted page-pad">{t('app.loading')}</p>;
  return (
    <div className="customer-page">
      <div className="customer-main">
        <RecallCard recall={data.recall} now={new Date()} currency={currency} onSetTier={setTier} onPunch={punch} />
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
        {(data.customer.company !== null ||
          data.customer.about !== null ||
          data.customer.address !== null ||
          data.customer.email !== null) && (
          <section className="panel">
            <h2>{t('details.title')}</h2>
            <dl className="details-list">
              {data.customer.company !== null && (
                <>
                  <dt>{t('details.company')}</dt>
                  <dd>
                    {data.customer.company}
                    {data.customer.title !== null && ` · ${data.customer.title}`}
                  </dd>
                </>
              )}
              {data.customer.email !== null && (
                <>
                  <dt>{t('details.email')}</dt>
                  <dd>{data.customer.email}</dd>
                </>
              )}
              {data.customer.address !== null && (
                <>
                  <dt>{t('details.address')}</dt>
                  <dd>{data.customer.address}</dd>
                </>
              )}
              {data.customer.about !== null && (
                <>
                  <dt>{t('details.about')}</dt>
                  <dd className="about">{data.customer.about}</dd>
                </>
              )}
            </dl>
          </section>
        )}
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
