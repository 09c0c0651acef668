import { dayInZone } from '../../../shared/domain/calendar-date';
import { birthdayText, customerColumns, customerHeaders, exportWords, type CustomerColumn } from '../../../shared/domain/export-words';
import { groupBy } from '../../../shared/domain/group-by';
import type { UiLocale } from '../../../shared/domain/salutation';
import type { Db } from '../../db/database';
import { datesOfMany } from '../care/care.repository';
import { customerIdsPage, findCustomers, phonesOf, tagsOf, valuesOf } from '../customers/customers.repository';
import { preferencesOfMany } from '../preferences/preferences.repository';
import type { Cell, CellKind, Sheet } from './sheet';
import { lifetimeTotalsOf } from './sheet.repository';

const layout: Record<CustomerColumn, { kind: CellKind; width: number }> = {
  name: { kind: 'text', width: 16 },
  addressAs: { kind: 'text', width: 10 },
  gender: { kind: 'text', width: 7 },
  phones: { kind: 'phone', width: 18 },
  email: { kind: 'text', width: 24 },
  address: { kind: 'text', width: 30 },
  company: { kind: 'text', width: 20 },
  title: { kind: 'text', width: 12 },
  birthday: { kind: 'birthday', width: 18 },
  tags: { kind: 'text', width: 18 },
  likes: { kind: 'text', width: 20 },
  dislikes: { kind: 'text', width: 20 },
  firstVisit: { kind: 'day', width: 12 },
  lastVisit: { kind: 'day', width: 12 },
  visits: { kind: 'count', width: 9 },
  spend: { kind: 'money', width: 14 },
  tier: { kind: 'text', width: 10 },
  responsible: { kind: 'text', width: 10 },
  about: { kind: 'text', width: 40 },
  created: { kind: 'day', width: 12 },
};

export interface SheetOptions {
  locale: UiLocale;
  /** The shop's time zone: every date is the day it was there. */
  timeZone: string;
  /** The book's currency, in which spend is counted. */
  currency: string;
}

/**
 * The customer export as a sheet, a batch of customers at a time (keyset on id) with each batch's
 * facts read by id lists: visits and last visit from the customer row, first visit and spend over
 * the whole diary, the tier the book's values give (the owner's own when set).
 */
export function customerSheet(db: Db, options: SheetOptions, batchSize = 500): Sheet {
  const words = exportWords[options.locale];
  const headers = customerHeaders(options.locale, options.currency);
  const day = (instant: string | null) => (instant === null ? null : dayInZone(new Date(instant), options.timeZone));
  async function* batches() {
    let after = '';
    for (;;) {
      const ids = await customerIdsPage(db, after, batchSize);
      if (ids.length === 0) return;
      after = ids[ids.length - 1] ?? after;
      const [customers, phones, tags, prefs, dates, values, totals] = await Promise.all([
        findCustomers(db, ids),
        phonesOf(db, ids),
        tagsOf(db, ids),
        preferencesOfMany(db, ids),
        datesOfMany(db, ids),
        valuesOf(db, ids),
        lifetimeTotalsOf(db, ids),
      ]);
      const by = {
        phones: groupBy(phones, (r) => r.customer_id),
        tags: groupBy(tags, (r) => r.customer_id),
        prefs: groupBy(prefs, (r) => r.customer_id),
        dates: groupBy(dates, (r) => r.customer_id),
      };
      const tiers = new Map(values.map((v) => [v.customer_id, v.tier]));
      const rows = customers
        .sort((a, b) => (a.id < b.id ? -1 : 1))
        .map((c) => {
          const prefsOf = (polarity: 'like' | 'dislike') =>
            (by.prefs.get(c.id) ?? []).filter((p) => p.polarity === polarity).map((p) => p.value);
          const birthday = (by.dates.get(c.id) ?? []).find((d) => d.kind === 'birthday' && d.person_id === null);
          const total = totals.get(c.id);
          const tier = tiers.get(c.id) ?? c.tier_override;
          const cells: Record<CustomerColumn, Cell> = {
            name: c.name,
            addressAs: c.address_as,
            gender: c.gender === null ? null : words.gender[c.gender],
            phones: (by.phones.get(c.id) ?? []).map((p) => p.number).join(' / '),
            email: c.email,
            address: c.address,
            company: c.company,
            title: c.title,
            birthday: birthday === undefined ? null : birthdayText({ ...birthday, leapMonth: birthday.leap_month === 1 }, options.locale),
            tags: (by.tags.get(c.id) ?? []).map((t) => t.tag).join(', '),
            likes: prefsOf('like').join(', '),
            dislikes: prefsOf('dislike').join(', '),
            firstVisit: day(total?.firstVisitAt ?? null),
            lastVisit: day(c.last_visit_at),
            visits: c.visit_count,
            spend: { minor: total?.spendMinor ?? 0, currency: options.currency },
            tier: tier === null ? null : words.tier[tier],
            responsible: c.responsible,
            about: c.about,
            created: day(c.created_at),
          };
          return customerColumns.map((column) => cells[column]);
        });
      yield { rows, customers: ids.length };
    }
  }
  return {
    name: words.sheets.customers,
    columns: customerColumns.map((column, i) => ({ header: headers[i] ?? column, ...layout[column] })),
    batches: batches(),
  };
}
