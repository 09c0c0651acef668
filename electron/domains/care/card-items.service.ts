import type { CardReminder } from '../../../shared/contract';
import { addDays, midnightInZone } from '../../../shared/domain/calendar-date';
import { dueDayOf, pointsToExpire, upcomingCutoff } from '../../../shared/domain/points-expiry';
import { AppError } from '../../api/app-error';
import type { Db } from '../../db/database';
import * as cards from '../cards/card-reminders.repository';
import { expiringSoonKey, expiryRule, soonDays } from '../cards/points-expiry.service';
import { readSettings } from '../settings/settings.repository';

export interface CardItem {
  customerId: string;
  about: CardReminder['about'];
  punchId: string | null;
  punchKind: string | null;
  count: number;
  due: string | null;
}

const limit = 50;

/** The subject a card reminder's mark is about: a punch card's end day or last use, or points due on a day. */
export function cardSubject(card: Pick<CardReminder, 'about' | 'punchId' | 'due'>): string {
  // One use left stays the same reminder whatever its end day; an ending or an expiry is one per day.
  return `card:${card.about}:${card.punchId ?? ''}:${card.about === 'oneLeft' ? '' : (card.due ?? '')}`;
}

/** A reminder the owner acts on must be about one of this customer's punch cards. */
export async function checkCardReminder(db: Db, customerId: string, card: CardReminder): Promise<void> {
  if (card.about === 'pointsExpiring') return;
  if (card.punchId === null || (await cards.punchCardOf(db, customerId, card.punchId)) === undefined)
    throw AppError.saying('NOT_FOUND', 'punchCardUnknown');
}

/** Points the next expiry takes within 30 days, for the customers the daily pass found holding some, checked again now. */
async function pointsExpiring(db: Db, day: string, timeZone: string): Promise<CardItem[]> {
  const { rule, since } = await expiryRule(db);
  const cutoff = upcomingCutoff(rule, since, day, soonDays);
  const raw = (await readSettings(db)).get(expiringSoonKey);
  if (cutoff === null || raw === undefined) return [];
  const noted = JSON.parse(raw) as { cutoff: string | null; customerIds: string[] };
  if (noted.cutoff !== cutoff) return [];
  const before = midnightInZone(cutoff, timeZone);
  const items: CardItem[] = [];
  for (const customerId of noted.customerIds.slice(0, limit * 2)) {
    const count = pointsToExpire(await cards.pointsLinesOf(db, customerId), before);
    if (count > 0) items.push({ customerId, about: 'pointsExpiring', punchId: null, punchKind: null, count, due: dueDayOf(rule, cutoff) });
  }
  return items;
}

/**
 * Today's member-card reminders: punch cards ending within 30 days with uses left (soonest first),
 * punch cards with one use left ("王女士的洗车卡还剩 1 次"; one ending soon is said once, as ending),
 * and points expiring within 30 days (the most first).
 */
export async function cardItems(db: Db, day: string, timeZone: string): Promise<CardItem[]> {
  const [ending, oneLeft, points] = await Promise.all([
    cards.punchCardsEnding(db, day, addDays(day, soonDays), limit * 2),
    cards.punchCardsWithOneLeft(db, day, limit * 2),
    pointsExpiring(db, day, timeZone),
  ]);
  const endingIds = new Set(ending.map((p) => p.punch_id));
  const punch = (about: CardItem['about']) => (p: cards.PunchReminderRow) => ({
    customerId: p.customer_id,
    about,
    punchId: p.punch_id,
    punchKind: p.kind,
    count: p.remaining,
    due: p.valid_until,
  });
  return [...ending.map(punch('punchEnding')), ...oneLeft.filter((p) => !endingIds.has(p.punch_id)).map(punch('oneLeft')), ...points];
}
