import type { CallOutput, ParsedInput } from '../../../shared/contract';
import { greetingSettingsSchema, type GreetingSettings } from '../../../shared/contract/greetings.contract';
import { addDays, daysBetween } from '../../../shared/domain/calendar-date';
import { festivalsByLanguage } from '../../../shared/domain/festival-names';
import { draftFrom, fieldAliases, greetingFields, parseOwnTemplate, seedOf, unknownFields } from '../../../shared/domain/greeting-drafts';
import { canIncludeByHand, holdsFor } from '../../../shared/domain/greeting-holds';
import { builtInTemplate } from '../../../shared/domain/greeting-templates';
import { AppError, notFound } from '../../api/app-error';
import type { ServiceContext } from '../../api/context';
import type { Db } from '../../db/database';
import { newId } from '../../db/new-id';
import { markDone } from '../care/care-marks.service';
import { findCustomer } from '../customers/customers.repository';
import { listCustomerPage } from '../customers/customer-list.repository';
import { listQueryOf } from '../diary/customers.service';
import { writeEntry } from '../diary/entries.service';
import { readSettings, writeSetting } from '../settings/settings.repository';
import { bookToday, loadSettings } from '../settings/settings.service';
import { festivalDay } from './festivals';
import { recipientsOf } from './greeting-facts.service';
import * as repo from './greetings.repository';
import { ownOccasionDay, resolveOccasion } from './occasions.service';

const settingsKey = 'greetings.settings';
/** A batch drafts at most this many customers; the rest are counted, for an export or a narrower list. */
const batchLimit = 1000;

function defaults(ctx: ServiceContext): GreetingSettings {
  return {
    festivals: [...festivalsByLanguage[ctx.locale === 'en' ? 'en' : 'zh']],
    own: [],
    leadDays: 7,
    shopName: '',
    signature: '',
    templates: {},
  };
}

export async function loadGreetingSettings(ctx: ServiceContext, db: Db = ctx.db): Promise<GreetingSettings> {
  const raw = (await readSettings(db)).get(settingsKey);
  if (raw === undefined) return defaults(ctx);
  const parsed = greetingSettingsSchema.safeParse({ ...defaults(ctx), ...(JSON.parse(raw) as object) });
  return parsed.success ? parsed.data : defaults(ctx);
}

export async function greetingSettings(ctx: ServiceContext): Promise<GreetingSettings> {
  return loadGreetingSettings(ctx);
}

export async function setGreetingSettings(ctx: ServiceContext, input: ParsedInput<'greetings.setSettings'>): Promise<GreetingSettings> {
  const unknown = [...new Set(Object.values(input.templates).flatMap((text) => (text === undefined ? [] : unknownFields(text))))];
  if (unknown.length > 0)
    throw AppError.saying('INVALID_INPUT', 'greetingTemplateUnknownField', {
      fields: unknown.map((f) => `{${f}}`).join(' '),
      known: greetingFields.map((f) => `{${fieldAliases[ctx.locale][f]}}`).join(' '),
    });
  await writeSetting(ctx.db, settingsKey, JSON.stringify(input));
  return loadGreetingSettings(ctx);
}

/** Festivals and the shop's own occasions from today to `days` ahead, soonest first. */
export async function upcoming(ctx: ServiceContext, input: ParsedInput<'greetings.upcoming'>): Promise<CallOutput<'greetings.upcoming'>> {
  const settings = await loadGreetingSettings(ctx);
  const { today } = await bookToday(ctx.db, ctx.now());
  const until = addDays(today, input.days ?? settings.leadDays);
  const year = Number(today.slice(0, 4));
  const items: CallOutput<'greetings.upcoming'>['items'] = [];
  for (const y of [year, year + 1]) {
    for (const festival of settings.festivals) {
      const on = festivalDay(festival, y);
      if (on >= today && on <= until) {
        const occasion = { kind: 'festival' as const, festival, year: y };
        const resolved = await resolveOccasion(ctx.db, occasion, settings, ctx.locale, today);
        items.push({ occasion, occasionId: resolved.id, label: resolved.label, on, inDays: daysBetween(today, on) });
      }
    }
    for (const own of settings.own) {
      const on = ownOccasionDay(own, y);
      if (on >= today && on <= until) {
        const occasion = { kind: 'own' as const, ownId: own.id, year: y };
        items.push({ occasion, occasionId: `own:${own.id}:${y}`, label: `${own.name} ${y}`, on, inDays: daysBetween(today, on) });
      }
    }
  }
  return { items: items.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : a.label.localeCompare(b.label))) };
}

async function audienceIds(ctx: ServiceContext, input: ParsedInput<'greetings.drafts'>): Promise<{ ids: string[]; total: number }> {
  if ('customerIds' in input.audience) {
    const ids = [...new Set(input.audience.customerIds)];
    return { ids, total: ids.length };
  }
  const list = await listQueryOf(ctx, {
    query: '',
    includeArchived: false,
    limit: batchLimit,
    offset: 0,
    filter: input.audience.filter,
    sort: 'recent',
  });
  return listCustomerPage(ctx.db, list);
}

/**
 * Starts a batch: resolves the occasion, drafts each customer's greeting from their own book, and
 * records who is held back and why, in one transaction. A customer's own date is for them alone.
 */
export async function drafts(ctx: ServiceContext, input: ParsedInput<'greetings.drafts'>): Promise<CallOutput<'greetings.drafts'>> {
  return ctx.db.transaction().execute(async (trx) => {
    const settings = await loadGreetingSettings(ctx, trx);
    const { today, timeZone } = await bookToday(trx, ctx.now());
    const { contactCooldownDays } = await loadSettings(trx);
    const occasion = await resolveOccasion(trx, input.occasion, settings, ctx.locale, today);
    const audience =
      occasion.customerId !== null ? { ids: [occasion.customerId], total: 1 } : await audienceIds({ ...ctx, db: trx }, input);
    const ids = audience.ids.slice(0, batchLimit);
    const own = settings.templates[occasion.template];
    const template =
      own !== undefined && own.trim() !== '' ? parseOwnTemplate(own) : builtInTemplate(occasion.template, ctx.locale, occasion.festival);
    const recipients = await recipientsOf(trx, ids, occasion.id, ctx.locale, timeZone, today);
    const batchId = newId();
    const at = ctx.now().toISOString();
    await repo.insertBatch(trx, { id: batchId, occasion_id: occasion.id, label: occasion.label, on_day: occasion.on, created_at: at });
    const items = recipients.map((r) => {
      const holds = holdsFor(r.holds, occasion.id, today, contactCooldownDays);
      const text = draftFrom(
        template,
        {
          ...r.facts,
          occasion: occasion.name,
          person: occasion.person,
          years: occasion.years === null ? null : String(occasion.years),
          shop: settings.shopName === '' ? null : settings.shopName,
          signature: settings.signature === '' ? null : settings.signature,
        },
        seedOf(`${r.id}:${occasion.id}`),
      );
      return {
        customerId: r.id,
        name: r.name,
        displayAddressAs: r.displayAddressAs,
        phone: r.phone,
        text,
        holds,
        canInclude: canIncludeByHand(holds),
      };
    });
    await repo.saveGreetings(
      trx,
      items
        .filter((item) => item.holds.length > 0)
        .map((item) => ({
          id: newId(),
          batch_id: batchId,
          customer_id: item.customerId,
          occasion_id: occasion.id,
          outcome: 'held' as const,
          holds: JSON.stringify(item.holds),
          entry_id: null,
          at,
        })),
    );
    return { batchId, occasionId: occasion.id, label: occasion.label, items, more: Math.max(0, audience.total - ids.length) };
  });
}

/** Sent (a message entry in the diary, and the date greeted on Today) or skipped, in one transaction. */
export async function record(ctx: ServiceContext, input: ParsedInput<'greetings.record'>): Promise<CallOutput<'greetings.record'>> {
  return ctx.db.transaction().execute(async (trx) => {
    const batch = await repo.findBatch(trx, input.batchId);
    if (batch === undefined) throw AppError.saying('NOT_FOUND', 'greetingBatchUnknown');
    const customer = await findCustomer(trx, input.customerId);
    if (customer === undefined) throw notFound('customer');
    let entryId: string | null = null;
    if (input.outcome === 'sent') {
      if ((await repo.noMarketingOf(trx, [customer.id])).has(customer.id))
        throw AppError.saying('INVALID_INPUT', 'greetingNoMarketing', { name: customer.name });
      entryId = await writeEntry(trx, ctx.now(), { customerId: customer.id, kind: 'message', text: input.text, lines: [], details: null });
      const dateId = /^date:([^:]+):/.exec(batch.occasion_id)?.[1];
      if (dateId !== undefined)
        await markDone(
          trx,
          ctx,
          { customerId: customer.id, entryId: null, what: 'greeted', dateId, snoozeDays: null, text: input.text, card: null },
          entryId,
        );
    }
    await repo.saveGreetings(trx, [
      {
        id: newId(),
        batch_id: batch.id,
        customer_id: customer.id,
        occasion_id: batch.occasion_id,
        outcome: input.outcome,
        holds: null,
        entry_id: entryId,
        at: ctx.now().toISOString(),
      },
    ]);
    return { entryId };
  });
}

export async function choice(ctx: ServiceContext, input: ParsedInput<'greetings.choice'>): Promise<{ noMarketing: boolean }> {
  if ((await findCustomer(ctx.db, input.customerId)) === undefined) throw notFound('customer');
  return { noMarketing: (await repo.noMarketingOf(ctx.db, [input.customerId])).has(input.customerId) };
}

export async function ofCustomer(
  ctx: ServiceContext,
  input: ParsedInput<'greetings.ofCustomer'>,
): Promise<CallOutput<'greetings.ofCustomer'>> {
  if ((await findCustomer(ctx.db, input.customerId)) === undefined) throw notFound('customer');
  const rows = await repo.sentGreetingsOf(ctx.db, input.customerId);
  return { items: rows.flatMap((r) => (r.entry_id === null ? [] : [{ entryId: r.entry_id, label: r.label, at: r.at }])) };
}

export async function setChoice(ctx: ServiceContext, input: ParsedInput<'greetings.setChoice'>): Promise<{ noMarketing: boolean }> {
  if ((await findCustomer(ctx.db, input.customerId)) === undefined) throw notFound('customer');
  await repo.setNoMarketing(ctx.db, input.customerId, input.noMarketing, ctx.now().toISOString());
  return { noMarketing: input.noMarketing };
}

export async function outcomes(ctx: ServiceContext, input: ParsedInput<'greetings.outcomes'>): Promise<CallOutput<'greetings.outcomes'>> {
  const cutoff = new Date(ctx.now().getTime() - 30 * 86_400_000).toISOString();
  const rows = await repo.batchOutcomes(ctx.db, input.limit);
  return {
    items: rows.map((r) => ({
      batchId: r.id,
      label: r.label,
      onDay: r.on_day,
      greeted: r.greeted,
      greetedBack: r.greeted_back,
      others: r.others,
      othersBack: r.others_back,
      complete: r.last_at <= cutoff,
    })),
  };
}
