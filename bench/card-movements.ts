import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';

/**
 * Ten ledger lines per card holder, one pattern per customer shifted in time so that the lines
 * spread over about nineteen months before `until`: a top-up with its bonus, payments, points
 * earned and redeemed, a punch card sold and used, a second top-up. Written by SQL alone (no
 * diary lines, no per-row JavaScript), each purse's balance after being the running sum, so the
 * book's card check finds every card adding up. A million lines take well under a minute.
 */
const pattern: [purse: string, kind: string, delta: number][] = [
  ['principal', 'top_up', 50_000],
  ['bonus', 'top_up', 5_000],
  ['principal', 'pay', -12_000],
  ['points', 'earn', 120],
  ['punch', 'sell_punch', 10],
  ['punch', 'punch', -1],
  ['principal', 'pay', -8_000],
  ['points', 'redeem', -100],
  ['punch', 'punch', -1],
  ['principal', 'top_up', 20_000],
];

export function writeCardMovements(sqlite: BetterSqlite3.Database, holders: number, until: string): number {
  const found = sqlite.prepare('SELECT count(*) AS n FROM card_movements').get() as { n: number };
  if (found.n >= holders * pattern.length) return found.n;
  if (found.n > 0) throw new Error('the bench book holds fewer card movements than asked; delete it to rebuild');
  const steps = pattern.map(([purse, kind, delta], k) => `SELECT ${k} AS k, '${purse}' AS purse, '${kind}' AS kind, ${delta} AS delta`);
  sqlite.transaction(() => {
    sqlite.exec(`CREATE TEMP TABLE holder AS SELECT row_number() OVER (ORDER BY id) AS n, id FROM customers LIMIT ${holders}`);
    sqlite.exec(`INSERT INTO member_cards (customer_id, number, joined_on, created_at)
      SELECT id, printf('B%06d', n), date('${until}', '-600 days'), '${until}' FROM temp.holder`);
    sqlite.exec(`INSERT INTO punch_cards (id, customer_id, kind, uses, price_minor, valid_until, sold_at)
      SELECT printf('p%07d', n), id, '洗车', 10, 30000, NULL, '${until}' FROM temp.holder`);
    // Step k of customer n falls (n mod 300) days plus k × 30 days after the start, plus n seconds.
    sqlite.exec(`INSERT INTO card_movements (id, movement_id, customer_id, purse, punch_id, kind, delta, balance_after, at, entry_id, reason, made_by)
      SELECT printf('m%08d', h.n * 10 + s.k), printf('v%08d', h.n * 10 + (CASE WHEN s.k = 1 THEN 0 ELSE s.k END)), h.id, s.purse,
        CASE WHEN s.purse = 'punch' THEN printf('p%07d', h.n) END, s.kind, s.delta,
        sum(s.delta) OVER (PARTITION BY h.n, s.purse ORDER BY s.k),
        strftime('%Y-%m-%dT%H:%M:%fZ', '${until}', '-600 days', printf('+%d days', h.n % 300 + s.k * 30), printf('+%d seconds', h.n % 86000)),
        NULL, NULL, NULL
      FROM temp.holder h CROSS JOIN (${steps.join(' UNION ALL ')}) s
      ORDER BY h.n, s.k`);
    sqlite.exec('DROP TABLE temp.holder');
  })();
  return holders * pattern.length;
}
