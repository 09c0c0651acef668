import { useTranslation } from 'react-i18next';
import type { Entry } from '../../../../shared/contract';
import type { EntryPatch } from '../../../../shared/contract/entries.contract';
import type { Tier } from '../../../../shared/domain/customer-value';
import { useApi } from '../../api';
import { useStatus } from '../../app/status';
import { useCall } from '../../app/use-call';
import { touches, type useCustomerData } from './use-customer-data';

type Data = ReturnType<typeof useCustomerData>;

/** The diary's own actions: older entries, delete with undo, correct, resolve a complaint; each reloads only what it touches. */
export function useDiaryActions(customerId: string, { data, setData, reload }: Data) {
  const api = useApi();
  const call = useCall();
  const { say } = useStatus();
  const { t } = useTranslation();

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

  return { more, remove, edit, resolve };
}

/** What the recall card can change: the customer's tier by hand, and a punch of their card. */
export function useRecallActions(customerId: string, { reload }: Data) {
  const api = useApi();
  const call = useCall();
  const { say } = useStatus();
  const { t } = useTranslation();

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

  return { setTier, punch };
}
