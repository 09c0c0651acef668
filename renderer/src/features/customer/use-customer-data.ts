import { useCallback, useEffect, useState } from 'react';
import type { CallOutput, Customer, Entry, ImportantDate, KeyPerson, Preference, Recall } from '../../../../shared/contract';
import type { MemberCard } from '../../../../shared/contract/cards.contract';
import type { OwnedItem } from '../../../../shared/domain/already-owned';
import { useApi } from '../../api';
import type { ShukeClient } from '../../../../shared/contract';
import { useCall } from '../../app/use-call';

export interface CustomerData {
  customer: Customer;
  recall: Recall;
  entries: Entry[];
  nextCursor: string | null;
  preferences: Preference[];
  owned: OwnedItem[];
  dates: ImportantDate[];
  people: KeyPerson[];
  referrals: CallOutput<'customers.referrals'>['items'];
  gifts: CallOutput<'entries.gifts'>['items'];
  card: MemberCard | null;
  /** Which diary messages were greetings, and for what (the timeline labels them). */
  greetings: ReadonlyMap<string, string>;
}

const everything = [
  'customer',
  'recall',
  'timeline',
  'preferences',
  'owned',
  'dates',
  'people',
  'referrals',
  'gifts',
  'card',
  'greetings',
] as const;
export type Part = (typeof everything)[number];

/** What each kind of change on the page can alter, so a save reloads only that. */
export const touches = {
  diary: ['recall', 'timeline', 'owned', 'gifts', 'greetings'],
  complaint: ['recall', 'timeline'],
  tier: ['recall'],
  preferences: ['preferences', 'recall'],
  dates: ['dates', 'recall'],
  people: ['people', 'dates', 'recall'],
  details: ['customer', 'recall', 'referrals'],
  // A card movement writes its line into the diary.
  card: ['card', 'timeline', 'recall'],
  // A value taken back from another counter may be any of the customer's own.
  elsewhere: ['customer', 'recall', 'referrals', 'preferences', 'people', 'dates', 'timeline', 'card'],
} as const satisfies Record<string, readonly Part[]>;

type Call = ReturnType<typeof useCall>;

/** How each part of the page is fetched; a null answer means the call failed (and was reported). */
function partFetchers(api: ShukeClient, call: Call, customerId: string): Record<Part, () => Promise<Partial<CustomerData> | null>> {
  return {
    customer: async () => {
      const customer = await call(api['customers.get']({ id: customerId }));
      return customer === null ? null : { customer };
    },
    recall: async () => {
      const recall = await call(api.recall({ customerId }));
      return recall === null ? null : { recall };
    },
    timeline: async () => {
      const page = await call(api['entries.timeline']({ customerId, limit: 30 }));
      return page === null ? null : { entries: page.items, nextCursor: page.nextCursor };
    },
    preferences: async () => {
      const list = await call(api['preferences.list']({ customerId }));
      return list === null ? null : { preferences: list.items };
    },
    owned: async () => {
      const list = await call(api['entries.purchased']({ customerId }));
      return list === null ? null : { owned: list.items };
    },
    dates: async () => {
      const list = await call(api['dates.list']({ customerId }));
      return list === null ? null : { dates: list.items };
    },
    people: async () => {
      const list = await call(api['people.list']({ customerId }));
      return list === null ? null : { people: list.items };
    },
    referrals: async () => {
      const list = await call(api['customers.referrals']({ customerId }));
      return list === null ? null : { referrals: list.items };
    },
    card: async () => {
      // A card that does not add up is said on the status line; the rest of the page still opens.
      const found = await call(api['cards.get']({ customerId }));
      return { card: found?.card ?? null };
    },
    greetings: async () => {
      const list = await call(api['greetings.ofCustomer']({ customerId }));
      return list === null ? null : { greetings: new Map(list.items.map((g) => [g.entryId, g.label])) };
    },
    gifts: async () => {
      const list = await call(api['entries.gifts']({ customerId }));
      return list === null ? null : { gifts: list.items };
    },
  };
}

/**
 * One customer's page data. `reload(parts)` fetches only the named parts (in parallel) and keeps
 * the rest; any failed call leaves the data as it was (the failure is already reported).
 */
export function useCustomerData(customerId: string) {
  const api = useApi();
  const call = useCall();
  const [data, setData] = useState<CustomerData | null>(null);

  const fetchParts = useCallback(
    async (parts: readonly Part[]): Promise<Partial<CustomerData> | null> => {
      const fetchers = partFetchers(api, call, customerId);
      let merged: Partial<CustomerData> = {};
      for (const piece of await Promise.all(parts.map((part) => fetchers[part]()))) {
        if (piece === null) return null;
        merged = { ...merged, ...piece };
      }
      return merged;
    },
    [api, call, customerId],
  );

  const reload = useCallback(
    async (parts: readonly Part[]) => {
      const fresh = await fetchParts(parts);
      if (fresh !== null) setData((current) => (current === null ? null : { ...current, ...fresh }));
    },
    [fetchParts],
  );

  // The page is keyed by customer id, so a new customer always starts from a fresh state.
  useEffect(() => {
    let live = true;
    void fetchParts(everything).then((loaded) => {
      if (live && loaded !== null && isWhole(loaded)) setData(loaded);
    });
    return () => {
      live = false;
    };
  }, [fetchParts]);

  return { data, setData, reload };
}

function isWhole(data: Partial<CustomerData>): data is CustomerData {
  return everything.every((part) => (part === 'timeline' ? data.entries !== undefined : data[part] !== undefined));
}
