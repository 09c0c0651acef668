import { movementRows } from './movement-rows';
import { apply } from '../../../shared/domain/card-ledger';
import { pointsExpiredText } from '../../../shared/domain/card-expiry-words';
import { addDays, midnightInZone } from '../../../shared/domain/calendar-date';
import { dueDayOf, expiryCutoff, pointsToExpire, upcomingCutoff } from '../../../shared/domain/points-expiry';
import type { UiLocale } from '../../../shared/domain/salutation';
import type { Db } from '../../db/database';
import { namedId } from '../../db/new-id';
import { writeEntry } from '../diary/entries.service';
import { readSettings, writeSetting } from '../settings/settings.repository';
import { bookToday } from '../settings/settings.service';
import * as reminders from './card-reminders.repository';
import { insertMovements } from './cards.repository';
import { expirySinceKey, loadCardRules } from './cards.service';

/** The last cutoff whose points were all written as expired: the daily pass is one settings read until the next. */
const expiredBeforeKey = 'cards.pointsExpiredBefore';
/** Who holds points the next cutoff takes (within 30 days): found by the daily pass, checked again by Today. */
export const expiringSoonKey = 'cards.pointsExpiringSoon';
export const soonDays = 30;
const soonLimit = 200;

/** The rule in force and the day it was chosen. */
export async function expiryRule(db: Db) {
  const rules = await loadCardRules(db);
  const since = (await readSettings(db)).get(expirySinceKey) ?? '';
  return { rule: rules.pointsExpiry, since: since === '' ? null : since };
}

/**
 * Expires one card's points earned before `before`, oldest used first, as an 'expire' line and its
 * diary line, in one transaction; nothing when none are left (so running it twice writes nothing new).
 * Every counter of a synced book runs this pass for itself: the line and its diary line are written
 * alike on each (ids named by the card and the cutoff, the moment the end of the due day, or just
 * after the card's newest line when later lines were written before the pass ran), so the counters' copies
 * replicate as one document each and the points go once. When the run happened does not count.
 */
async function expireCard(
  db: Db,
  customerId: string,
  due: { before: string; dueDay: string; expiredAt: string },
  locale: UiLocale,
): Promise<number> {
  const { before, dueDay } = due;
  return db.transaction().execute(async (trx) => {
    const lines = await reminders.pointsLinesOf(trx, customerId);
    const balance = lines.reduce((n, l) => n + l.delta, 0);
    const newest = lines[lines.length - 1];
    // A card that does not add up is left alone: the book's check reports it, and nothing is fixed silently.
    if (newest === undefined || newest.balance_after !== balance) return 0;
    const points = pointsToExpire(lines, before);
    if (points <= 0) return 0;
    const applied = apply({ points: balance, principal: 0, bonus: 0, punches: {} }, { kind: 'expire', points });
    if (!applied.ok) return 0;
    // When the due day ended, or after every line it follows, so the newest line's balance is still the card's.
    const at = new Date(Math.max(Date.parse(due.expiredAt), Date.parse(newest.at) + 1));
    const named = new Date(due.expiredAt);
    const name = `points-expiry/${customerId}/${before}`;
    const entryId = await writeEntry(
      trx,
      at,
      { customerId, kind: 'note', text: pointsExpiredText(points, dueDay, applied.balances.points, locale), lines: [], details: null },
      // Nobody at a counter wrote it: the points ran out by themselves.
      'none',
      namedId(`${name}/entry`, named),
    );
    await insertMovements(
      trx,
      // The reason is the day the points were good through, so the ledger says which expiry this was.
      movementRows(applied.lines, { customerId, at: at.toISOString(), entryId, reason: dueDay, named: { name, at: named } }),
    );
    return points;
  });
}

/**
 * The member cards' share of the day's background work: points past their rule's cutoff written as
 * expired (one transaction per card), and who holds points the next cutoff takes within 30 days
 * noted for Today. On a day with nothing due it is a few settings reads; the pass over the points
 * lines runs once per cutoff (and once a day in the 30 days before one).
 */
export async function cardsDailyPass(db: Db, now: Date, locale: UiLocale): Promise<{ cards: number; points: number }> {
  const { today, timeZone } = await bookToday(db, now);
  const { rule, since } = await expiryRule(db);
  const settings = await readSettings(db);
  let cards = 0;
  let points = 0;
  const cutoff = expiryCutoff(rule, since, today);
  if (cutoff !== null && settings.get(expiredBeforeKey) !== cutoff) {
    const before = midnightInZone(cutoff, timeZone);
    const dueDay = dueDayOf(rule, cutoff);
    const expiry = { before, dueDay, expiredAt: midnightInZone(addDays(dueDay, 1), timeZone) };
    for (;;) {
      const due = await reminders.cardsWithPointsBefore(db, before, 500);
      let written = 0;
      for (const card of due) {
        const expired = await expireCard(db, card.customer_id, expiry, locale);
        if (expired > 0) written += 1;
        points += expired;
      }
      cards += written;
      // A batch where no card could be expired (each refused as not adding up) would come back whole.
      if (due.length < 500 || written === 0) break;
    }
    await writeSetting(db, expiredBeforeKey, cutoff);
  }
  const next = upcomingCutoff(rule, since, today, soonDays);
  const soon = next === null ? [] : await reminders.cardsWithPointsBefore(db, midnightInZone(next, timeZone), soonLimit);
  await writeSetting(db, expiringSoonKey, JSON.stringify({ cutoff: next, day: today, customerIds: soon.map((s) => s.customer_id) }));
  return { cards, points };
}
