import { sql, type RawBuilder } from 'kysely';
import type { ListFilter, listSorts } from '../../../shared/contract';
import type { Db } from '../../db/database';
import { idList } from '../../db/id-list';
import { containsPattern } from '../../db/like';
import type { CustomerRow } from './customers.table';

export interface ListQuery {
  query: string;
  includeArchived: boolean;
  limit: number;
  offset: number;
  filter: ListFilter;
  sort: (typeof listSorts)[number];
  /** Instants for the "seen within" and "not seen for" filters, worked out from the shop's today. */
  seenSince?: string;
  notSeenSince?: string;
}

/**
 * How a page is found: by walking the order's index and keeping the customers that match
 * (cheap when matches are common), or by collecting the matches from their filter's index and
 * sorting them (cheap when they are few). Chosen from the count unless a test asks for one.
 */
export type PageWay = 'walk' | 'collect';

type Condition = RawBuilder<unknown>;

const all = (conditions: readonly Condition[]): Condition => (conditions.length === 0 ? sql`1` : sql.join(conditions, sql` AND `));

/** The filter on the book's values, as conditions on its row `v` (one tier or stage as `=`, so its index keeps spend order). */
function valueConditions(filter: ListFilter): Condition[] {
  const conditions: Condition[] = [];
  const oneOf = (column: string, values: readonly string[] | undefined) => {
    if (values === undefined || values.length === 0) return;
    const [only] = values;
    conditions.push(
      values.length === 1 && only !== undefined ? sql`${sql.ref(column)} = ${only}` : sql`${sql.ref(column)} IN ${idList(values)}`,
    );
  };
  oneOf('v.tier', filter.tiers);
  oneOf('v.stage', filter.stages);
  if (filter.minSpend !== undefined) conditions.push(sql`v.spend_window >= ${filter.minSpend}`);
  return conditions;
}

/**
 * The index on the book's values that reads the fewest rows for this filter; in spend order, one
 * that also keeps that order (a single tier or stage, else spend itself).
 */
function valueIndex(filter: ListFilter, inSpendOrder = false): Condition {
  const usable = (values: readonly string[] | undefined) =>
    values !== undefined && (inSpendOrder ? values.length === 1 : values.length > 0);
  if (usable(filter.tiers)) return sql.raw('customer_value_tier');
  if (usable(filter.stages) && (filter.tiers ?? []).length === 0) return sql.raw('customer_value_stage');
  return sql.raw('customer_value_spend');
}

const tagIs = (tag: string) => sql`t.tag = ${tag} COLLATE NOCASE`;
const ownBirthday = (month: number) => sql`b.kind = 'birthday' AND b.person_id IS NULL AND b.month = ${month}`;

/** The filters kept in other tables than customers, each as a probe of one customer `id`. */
function probes(filter: ListFilter, id: Condition, leave: 'value' | 'tag' | 'birthday' | null = null): Condition[] {
  const conditions: Condition[] = [];
  const values = valueConditions(filter);
  if (values.length > 0 && leave !== 'value')
    conditions.push(sql`EXISTS (SELECT 1 FROM customer_value v WHERE v.customer_id = ${id} AND ${all(values)})`);
  // vip finds VIP: a tag is matched whatever its (Latin) case.
  if (filter.tag !== undefined && leave !== 'tag')
    conditions.push(sql`EXISTS (SELECT 1 FROM customer_tags t WHERE t.customer_id = ${id} AND ${tagIs(filter.tag)})`);
  if (filter.birthdayMonth !== undefined && leave !== 'birthday')
    conditions.push(
      sql`EXISTS (SELECT 1 FROM important_dates b INDEXED BY important_dates_birthday WHERE b.customer_id = ${id} AND ${ownBirthday(filter.birthdayMonth)})`,
    );
  return conditions;
}

/**
 * The text filter: a plain substring of name, address, company or phone digits, Latin letters
 * matched whatever their case (as LIKE does). Text without Latin letters is looked for with
 * instr, which finds the same and costs less; empty columns are not looked into. The phones are
 * searched once for the whole list, not once per customer.
 */
function textCondition(text: string): Condition | null {
  const query = text.trim();
  if (query === '') return null;
  const pattern = containsPattern(query);
  const contains = (column: string) =>
    /[A-Za-z]/.test(query) ? sql`${sql.ref(column)} LIKE ${pattern} ESCAPE '\\'` : sql`instr(${sql.ref(column)}, ${query}) > 0`;
  const words = [
    contains('c.name'),
    ...['c.address_as', 'c.company'].map((column) => sql`(${sql.ref(column)} IS NOT NULL AND ${contains(column)})`),
  ];
  const digits = query.replace(/\D+/g, '');
  if (digits.length >= 3) words.push(sql`c.id IN (SELECT customer_id FROM customer_phones WHERE digits LIKE ${`%${digits}%`})`);
  return sql`(${sql.join(words, sql` OR `)})`;
}

/** The filters on the customers row `c` itself, archived customers left out unless asked for. */
function ownConditions(list: ListQuery, notSeen = true): Condition[] {
  const conditions: Condition[] = [];
  if (!list.includeArchived) conditions.push(sql`c.archived_at IS NULL`);
  if (list.seenSince !== undefined) conditions.push(sql`c.last_visit_at >= ${list.seenSince}`);
  if (list.notSeenSince !== undefined && notSeen) conditions.push(sql`(c.last_visit_at IS NULL OR c.last_visit_at < ${list.notSeenSince})`);
  if (list.filter.responsible !== undefined) conditions.push(sql`c.responsible = ${list.filter.responsible}`);
  const text = textCondition(list.query);
  if (text !== null) conditions.push(text);
  return conditions;
}

const hasOwnFilter = (list: ListQuery) =>
  list.seenSince !== undefined ||
  list.notSeenSince !== undefined ||
  list.filter.responsible !== undefined ||
  textCondition(list.query) !== null;

/** What a customer `id` read from another table must also be: live and matching the own filters. */
async function ownProbe(db: Db, list: ListQuery, id: Condition): Promise<Condition[]> {
  if (hasOwnFilter(list)) return [sql`EXISTS (SELECT 1 FROM customers c WHERE c.id = ${id} AND ${all(ownConditions(list))})`];
  if (list.includeArchived || !(await anyArchived(db))) return [];
  return [sql`+${id} NOT IN (SELECT id FROM customers INDEXED BY customers_archived WHERE archived_at IS NOT NULL)`];
}

async function anyArchived(db: Db): Promise<boolean> {
  const { rows } = await sql`SELECT 1 FROM customers INDEXED BY customers_archived WHERE archived_at IS NOT NULL LIMIT 1`.execute(db);
  return rows.length > 0;
}

/** The table the matches are read from when the filter has a part kept outside customers. */
type Driver = { kind: 'birthday'; month: number } | { kind: 'tag'; tag: string } | { kind: 'value' } | { kind: 'responsible' } | null;

function driverOf(filter: ListFilter): Driver {
  if (filter.birthdayMonth !== undefined) return { kind: 'birthday', month: filter.birthdayMonth };
  if (filter.tag !== undefined) return { kind: 'tag', tag: filter.tag };
  if (valueConditions(filter).length > 0) return { kind: 'value' };
  // One salesperson's clients may be a handful of a large book: read them from their index (0019_team).
  return filter.responsible !== undefined ? { kind: 'responsible' } : null;
}

/** The driver's customers (each once), with every other filter applied. */
async function driverMatches(db: Db, list: ListQuery, driver: NonNullable<Driver>): Promise<Condition> {
  const { filter } = list;
  if (driver.kind === 'birthday') {
    const rest = all([...probes(filter, sql`b.customer_id`, 'birthday'), ...(await ownProbe(db, list, sql`b.customer_id`))]);
    return sql`SELECT DISTINCT b.customer_id AS id FROM important_dates b INDEXED BY important_dates_birthday WHERE ${ownBirthday(driver.month)} AND ${rest}`;
  }
  if (driver.kind === 'responsible')
    return sql`SELECT c.id FROM customers c INDEXED BY customers_responsible WHERE ${all([...ownConditions(list), ...probes(filter, sql`c.id`)])}`;
  if (driver.kind === 'tag') {
    const rest = all([...probes(filter, sql`t.customer_id`, 'tag'), ...(await ownProbe(db, list, sql`t.customer_id`))]);
    return sql`SELECT DISTINCT t.customer_id AS id FROM customer_tags t INDEXED BY customer_tags_folded WHERE ${tagIs(driver.tag)} AND ${rest}`;
  }
  const rest = all([
    ...valueConditions(filter),
    ...probes(filter, sql`v.customer_id`, 'value'),
    ...(await ownProbe(db, list, sql`v.customer_id`)),
  ]);
  return sql`SELECT v.customer_id AS id FROM customer_value v INDEXED BY ${valueIndex(filter)} WHERE ${rest}`;
}

async function countOf(db: Db, query: Condition): Promise<number> {
  const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM (${query})`.execute(db);
  return Number(rows[0]?.n ?? 0);
}

/**
 * Live customers matching own filters only, counted from the live-customer index that has their
 * columns: last visits for "seen", else the narrowest (visits). The text filter is counted apart.
 */
async function countOwn(db: Db, list: ListQuery): Promise<number> {
  const seen = list.seenSince !== undefined || list.notSeenSince !== undefined;
  const index = sql.raw(seen ? 'customers_live_seen' : 'customers_live_visits');
  const from = list.includeArchived ? sql`customers c` : sql`customers c INDEXED BY ${index}`;
  const notSeen = list.notSeenSince;
  if (notSeen === undefined) return countOf(db, sql`SELECT 1 FROM ${from} WHERE ${all(ownConditions(list))}`);
  // Never seen, and seen before: two ranges of the index rather than one scan of it.
  const rest = all(ownConditions(list, false));
  return (
    (await countOf(db, sql`SELECT 1 FROM ${from} WHERE c.last_visit_at IS NULL AND ${rest}`)) +
    (await countOf(db, sql`SELECT 1 FROM ${from} WHERE c.last_visit_at < ${notSeen} AND ${rest}`))
  );
}

function orderOf(sort: ListQuery['sort']): Condition {
  switch (sort) {
    case 'name':
      return sql`c.name, c.id`;
    case 'spend':
      return sql`coalesce(v.spend_window, 0) DESC, c.id DESC`;
    case 'visits':
      return sql`c.visit_count DESC, c.id DESC`;
    case 'recent':
      return sql`coalesce(c.last_visit_at, c.created_at) DESC, c.id DESC`;
  }
}

/** The ids of one page, in order, from a query over `c` (and `v` when sorted by spend). */
async function pageIds(
  db: Db,
  list: ListQuery,
  from: Condition,
  where: readonly Condition[],
  { offset = list.offset, limit = list.limit, order = orderOf(list.sort) } = {},
) {
  const spend = list.sort === 'spend' ? sql`LEFT JOIN customer_value v ON v.customer_id = c.id` : sql``;
  const { rows } = await sql<{ id: string }>`
    SELECT c.id FROM ${from} ${spend} WHERE ${all(where)} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`.execute(db);
  return rows.map((r) => r.id);
}

/** A page by walking the live-customer index of its order (0009_list_indexes), probing each customer. */
async function walkPage(db: Db, list: ListQuery): Promise<string[]> {
  const where = [...ownConditions(list), ...probes(list.filter, sql`c.id`)];
  // Seen since a day means last seen (hence "recent") since that day: the walk stops there.
  if (list.sort === 'recent' && list.seenSince !== undefined) where.push(sql`coalesce(c.last_visit_at, c.created_at) >= ${list.seenSince}`);
  const from = list.includeArchived ? sql`customers c` : sql`customers c INDEXED BY ${sql.raw(`customers_live_${list.sort}`)}`;
  return pageIds(db, list, from, where);
}

/** A page by walking the book's values in spend order; every customer it can return has values. */
async function walkBySpend(db: Db, list: ListQuery, positiveOnly: boolean, offset = list.offset, limit = list.limit): Promise<string[]> {
  const { filter } = list;
  const index = positiveOnly ? sql.raw('customer_value_spend') : valueIndex(filter, true);
  const where = [
    ...valueConditions(filter),
    ...(positiveOnly ? [sql`v.spend_window > 0`] : []),
    ...probes(filter, sql`v.customer_id`, 'value'),
    ...(await ownProbe(db, list, sql`v.customer_id`)),
  ];
  const { rows } = await sql<{ id: string }>`
    SELECT v.customer_id AS id FROM customer_value v INDEXED BY ${index} WHERE ${all(where)}
    ORDER BY v.spend_window DESC, v.customer_id DESC LIMIT ${limit} OFFSET ${offset}`.execute(db);
  return rows.map((r) => r.id);
}

/**
 * Sorted by spend without a filter on values: spenders come first, read in order from the spend
 * index; only a page past them (no spend, a refund, no values yet) sorts the rest.
 */
async function bySpend(db: Db, list: ListQuery): Promise<string[]> {
  const spenders = await walkBySpend(db, list, true);
  if (spenders.length === list.limit) return spenders;
  const before = await countOf(
    db,
    sql`SELECT 1 FROM customer_value v INDEXED BY customer_value_spend WHERE v.spend_window > 0 AND ${all([...probes(list.filter, sql`v.customer_id`, 'value'), ...(await ownProbe(db, list, sql`v.customer_id`))])}`,
  );
  const rest = await pageIds(
    db,
    list,
    sql`customers c`,
    [...ownConditions(list), ...probes(list.filter, sql`c.id`), sql`coalesce(v.spend_window, 0) <= 0`],
    { offset: Math.max(0, list.offset - before), limit: list.limit - spenders.length },
  );
  return [...spenders, ...rest];
}

/**
 * "Not seen for" in "recent" order, in two ranges: first the customers written down since that day
 * who never came (their "recent" is when they were written down), then everyone whose "recent" is
 * before it, all of whom match. Each is a range of an index; neither is sorted.
 */
async function notSeenByRecent(db: Db, list: ListQuery, notSeen: string): Promise<string[]> {
  const rest = ownConditions(list, false);
  const newcomers = [...rest, sql`c.last_visit_at IS NULL`, sql`c.created_at >= ${notSeen}`];
  const seenIndex = sql`customers c INDEXED BY customers_live_seen`;
  const first = await pageIds(db, list, seenIndex, newcomers, { order: sql`c.created_at DESC, c.id DESC` });
  if (first.length === list.limit) return first;
  const before = await countOf(db, sql`SELECT 1 FROM ${seenIndex} WHERE ${all(newcomers)}`);
  const older = await pageIds(
    db,
    list,
    sql`customers c INDEXED BY customers_live_recent`,
    [...rest, sql`coalesce(c.last_visit_at, c.created_at) < ${notSeen}`],
    {
      offset: Math.max(0, list.offset - before),
      limit: list.limit - first.length,
    },
  );
  return [...first, ...older];
}

/** Roughly how many customers the book holds: enough to guess how far a walk goes. */
async function bookSize(db: Db): Promise<number> {
  const { rows } = await sql<{ n: number | null }>`SELECT max(rowid) AS n FROM customers`.execute(db);
  return Number(rows[0]?.n ?? 0);
}

/**
 * A walk reads about (offset + limit) × book / matches index entries, a probe each; collecting
 * reads every match and sorts them, a few times dearer each. Whichever reads less.
 */
export function cheaperWay(list: Pick<ListQuery, 'offset' | 'limit'>, matches: number, book: number): PageWay {
  return matches * matches * 3 < (list.offset + list.limit) * book ? 'collect' : 'walk';
}

/**
 * The customer list: most recently seen first (or by name, spend over the value window, visits).
 * The text filter is a plain substring match on name, company and phone digits (the instant
 * lookup is its own index); the rest narrow by the book's values, tags, visits and birthdays.
 * The count and the page each read an index chosen for the filter (0009_list_indexes,
 * 0010_list_filters), never the whole table: bench/list-pages.ts prints what each page uses.
 */
export async function listCustomerPage(db: Db, list: ListQuery, way?: PageWay): Promise<{ ids: string[]; total: number }> {
  const driver = driverOf(list.filter);
  const text = textCondition(list.query);
  if (driver === null && text !== null && !list.includeArchived) {
    // The text filter reads every name once; what it found is both the count and, when few, the page.
    const { rows } = await sql<{ id: string }>`
      SELECT c.id FROM customers c INDEXED BY customers_live_name WHERE ${all(ownConditions(list))}`.execute(db);
    const total = rows.length;
    const chosen = way ?? cheaperWay(list, total, await bookSize(db));
    if (list.offset >= total) return { ids: [], total };
    if (chosen === 'walk') return { ids: list.sort === 'spend' ? await bySpend(db, list) : await walkPage(db, list), total };
    const found = rows.map((r) => r.id);
    return { ids: await pageIds(db, list, sql`customers c`, [sql`c.id IN ${idList(found)}`]), total };
  }
  if (driver === null) {
    const total = await countOwn(db, list);
    if (list.offset >= total) return { ids: [], total };
    if (list.sort === 'spend') return { ids: list.includeArchived ? await plainPage(db, list) : await bySpend(db, list), total };
    // Not seen for a while are last in "recent" order: a walk from the top would pass everyone else first.
    if (list.sort === 'recent' && list.notSeenSince !== undefined && !list.includeArchived && way !== 'walk')
      return { ids: await notSeenByRecent(db, list, list.notSeenSince), total };
    return { ids: await walkPage(db, list), total };
  }
  const matches = await driverMatches(db, list, driver);
  const total = await countOf(db, matches);
  if (list.offset >= total) return { ids: [], total };
  const notSeenLast = list.sort === 'recent' && list.notSeenSince !== undefined;
  const chosen = way ?? (notSeenLast ? 'collect' : cheaperWay(list, total, await bookSize(db)));
  if (chosen === 'collect')
    return { ids: await pageIds(db, list, sql`(${matches}) AS d CROSS JOIN customers c ON c.id = d.id`, []), total };
  if (list.sort !== 'spend') return { ids: await walkPage(db, list), total };
  if (driver.kind === 'value' || valueConditions(list.filter).length > 0) return { ids: await walkBySpend(db, list, false), total };
  return { ids: list.includeArchived ? await plainPage(db, list) : await bySpend(db, list), total };
}

/** Every filter on the customers row, sorted as asked: for archived customers too, which have no values to walk. */
async function plainPage(db: Db, list: ListQuery): Promise<string[]> {
  return pageIds(db, list, sql`customers c`, [...ownConditions(list), ...probes(list.filter, sql`c.id`)]);
}

/** The customers with these ids, in the order given. */
export async function customersInOrder(db: Db, ids: readonly string[]): Promise<CustomerRow[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('customers')
    .selectAll()
    .where('id', 'in', idList([...ids]))
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
