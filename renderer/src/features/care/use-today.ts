import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Today } from '../../../../shared/contract';
import { useApi } from '../../api';
import { dayLabel } from '../../app/i18n/format';
import { useLocale } from '../../app/locale-context';
import { useStatus } from '../../app/status';
import { useCall } from '../../app/use-call';
import type { CarePerson, DoneAction, SnoozeAction } from './CareItem';

/**
 * Whichever item had the focus when it was dealt with, the one now in its place gets it next (or
 * the heading when the list is empty), so the list is worked from the keyboard.
 */
function useFocusInPlace(data: Today | null) {
  const page = useRef<HTMLDivElement>(null);
  const focusAfter = useRef<number | null>(null);
  useEffect(() => {
    const index = focusAfter.current;
    if (index === null || page.current === null) return;
    focusAfter.current = null;
    const items = page.current.querySelectorAll<HTMLElement>('.care-item');
    (items[Math.min(index, items.length - 1)] ?? page.current.querySelector<HTMLElement>('h1'))?.focus();
  }, [data]);

  function rememberFocus(customerId: string) {
    const items = [...(page.current?.querySelectorAll<HTMLElement>('.care-item') ?? [])];
    const active = items.findIndex((item) => item.contains(document.activeElement));
    focusAfter.current =
      active >= 0
        ? active
        : Math.max(
            0,
            items.findIndex((item) => item.dataset.customer === customerId),
          );
  }

  return { page, rememberFocus };
}

/** The morning list and what the owner does with it. */
export function useToday(day: string | undefined) {
  const api = useApi();
  const call = useCall();
  const { say } = useStatus();
  const { t } = useTranslation();
  const locale = useLocale();
  const [data, setData] = useState<Today | null>(null);
  const { page, rememberFocus } = useFocusInPlace(data);
  // Without a day in the address, the server answers for the book's today (its time zone, its clock).
  const fetchToday = useCallback(() => call(api.today(day === undefined ? {} : { day })), [api, call, day]);
  useEffect(() => {
    let live = true;
    void fetchToday().then((value) => {
      if (live && value !== null) setData(value);
    });
    return () => {
      live = false;
    };
  }, [fetchToday]);

  async function refresh() {
    const value = await fetchToday();
    if (value !== null) setData(value);
  }

  async function done(customerId: string, action: DoneAction, text: string) {
    rememberFocus(customerId);
    const { entryId, what, card } = action;
    const result = await call(api['care.done']({ customerId, entryId, dateId: action.dateId ?? null, what, text, card: card ?? null }));
    if (result === null) return;
    say(t('care.doneSaved'));
    await refresh();
  }

  async function snooze(customerId: string, action: SnoozeAction) {
    rememberFocus(customerId);
    const { entryId, what, days, card } = action;
    const result = await call(api['care.snooze']({ customerId, entryId, what, days, card: card ?? null }));
    if (result === null) return;
    say(result.until === null ? t('care.notRegularSaved') : t('care.snoozedUntil', { date: dayLabel(result.until, locale) }));
    await refresh();
  }

  async function backup() {
    const result = await call(api['backup.now']({}));
    if (result === null) return;
    say(t('care.backupDone', { file: result.file }));
    await refresh();
  }

  // What every item shares: who it is about, when they were last contacted, and how it is dealt with.
  const about = (item: CarePerson & { lastContactAt: string | null }) => ({
    customerId: item.customerId,
    customerName: item.customerName,
    displayAddressAs: item.displayAddressAs,
    phoneTail: item.phoneTail,
    lastContactAt: item.lastContactAt,
    onDone: (action: DoneAction, text: string) => void done(item.customerId, action, text),
    onSnooze: (action: SnoozeAction) => void snooze(item.customerId, action),
    book: { today: data?.today ?? '', timeZone: data?.timeZone ?? 'UTC' },
  });

  return { data, page, refresh, backup, about };
}

export type AboutItem = ReturnType<typeof useToday>['about'];
