import type { CallOutput, ParsedInput } from '../../../shared/contract';
import { forgetMerge } from './merged-customers.repository';
import { AppError } from '../../api/app-error';
import type { ServiceContext } from '../../api/context';
import { insertDates, insertPeople } from '../care/care.repository';
import {
  findCustomer,
  insertCustomer,
  insertPhones,
  insertTags,
  phonesOf,
  replacePhones,
  replaceTags,
  tagsOf,
} from '../customers/customers.repository';
import { refreshLastVisit } from '../diary/entries.service';
import { insertPreferences } from '../preferences/preferences.repository';
import { reindexCustomer, reindexEntry } from '../search/search-index.service';
import { forgetLastMerge, lastMerge } from './merge.repository';
import { unmergeCard } from '../cards/card-merge.service';
import { mergeUndoSchema } from './merge-undo';
import {
  existingCustomers,
  moveBack,
  restoreColumns,
  restoreGreetings,
  restoreKeptApart,
  trashEntry,
  unfillYears,
} from './unmerge.repository';

/**
 * Undoes the last merge, in one transaction: the customer merged away comes back with their own
 * id, record, phones and tags; what was theirs (entries, likes, people, dates, referrals, links,
 * kept-apart marks) goes back to them; the survivor's details the merge set are put back unless
 * changed since; the merge's diary line goes to the trash. What was added to either since stays.
 */
export async function unmergeCustomers(
  ctx: ServiceContext,
  input: ParsedInput<'customers.unmerge'>,
): Promise<CallOutput<'customers.unmerge'>> {
  return ctx.db.transaction().execute(async (trx) => {
    const last = await lastMerge(trx);
    if (last === undefined || last.other_id !== input.otherId) throw AppError.saying('NOT_FOUND', 'mergeNothingToUndo');
    const undo = mergeUndoSchema.parse(JSON.parse(last.undo));
    const survivorId = last.survivor_id;
    const otherId = last.other_id;
    if ((await findCustomer(trx, otherId)) !== undefined)
      throw AppError.saying('CONFLICT', 'mergeUndoOtherBack', { name: undo.other.customer.name });
    const record = undo.other;
    const now = ctx.now().toISOString();
    await forgetMerge(trx, otherId);

    // Someone the other pointed to may have been deleted for good since: that pointer is left empty.
    const named = await existingCustomers(trx, [
      ...(record.customer.referred_by === null ? [] : [record.customer.referred_by]),
      ...record.people.flatMap((p) => (p.linked_customer_id === null ? [] : [p.linked_customer_id])),
    ]);
    const alive = (id: string | null) => (id !== null && named.has(id) ? id : null);
    await insertCustomer(trx, { ...record.customer, referred_by: alive(record.customer.referred_by), updated_at: now });
    await insertPhones(trx, record.phones);
    await insertTags(trx, record.tags);

    await restoreColumns(trx, survivorId, undo.changes);
    const fromOther = new Set(undo.phonesFromOther);
    const kept = (await phonesOf(trx, [survivorId])).filter((p) => !fromOther.has(p.digits));
    await replacePhones(
      trx,
      survivorId,
      kept.map((p) => ({ label: p.label, number: p.number, digits: p.digits })),
    );
    const tagsFromOther = new Set(undo.tagsFromOther);
    const tags = (await tagsOf(trx, [survivorId])).map((t) => t.tag).filter((t) => !tagsFromOther.has(t));
    await replaceTags(trx, survivorId, tags);

    const folded = (list: { id: string }[]) => new Set(list.map((f) => f.id));
    const foldedPeople = folded(undo.folds.people);
    await insertPeople(
      trx,
      record.people.filter((p) => foldedPeople.has(p.id)).map((p) => ({ ...p, linked_customer_id: alive(p.linked_customer_id) })),
    );
    await moveBack(trx, undo.moved, survivorId, otherId);
    const foldedDates = folded(undo.folds.dates);
    await insertDates(
      trx,
      record.dates.filter((d) => foldedDates.has(d.id)),
    );
    await unfillYears(trx, undo.folds.dates);
    const foldedPrefs = folded(undo.folds.preferences);
    await insertPreferences(
      trx,
      record.preferences.filter((p) => foldedPrefs.has(p.id)),
    );
    await restoreKeptApart(trx, undo, survivorId, otherId);
    await restoreGreetings(trx, undo, record, survivorId);
    if (undo.card !== undefined) {
      const survivor = await findCustomer(trx, survivorId);
      await unmergeCard(
        trx,
        undo.card,
        { id: survivorId, name: survivor?.name ?? '' },
        { id: otherId, name: record.customer.name, record },
        ctx.now(),
        ctx.locale,
      );
    }

    await trashEntry(trx, undo.recordEntryId, now);
    await reindexEntry(trx, undo.recordEntryId);
    await forgetLastMerge(trx);
    for (const id of [survivorId, otherId]) {
      await reindexCustomer(trx, id);
      await refreshLastVisit(trx, id);
    }
    return { survivorId, otherId, name: record.customer.name };
  });
}
