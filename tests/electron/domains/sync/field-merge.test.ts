import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DocumentBody } from '../../../../electron/domains/sync/document-rows.repository';
import { mergeVersions, type MergeShape } from '../../../../electron/domains/sync/field-merge';
import type { FieldStamp, Stamps } from '../../../../electron/domains/sync/field-stamps';

const shape: MergeShape = {
  kind: 'customer',
  root: 'customers',
  key: ['id'],
  parts: [{ table: 'customer_tags', key: ['tag'] }],
};

const at = (ms: number, device = 'aa') => `${String(ms).padStart(15, '0')}:${device}`;
const st = (ms: number, device = 'aa', prior?: number, gone = false): FieldStamp => ({
  at: at(ms, device),
  ...(prior === undefined ? {} : { prior: at(prior) }),
  ...(gone ? { gone: true as const } : {}),
});
const tagField = (tag: string) => `customer_tags|${JSON.stringify([tag])}`;

function customer(fields: Record<string, unknown>, tags: string[], stamps: Stamps = {}): DocumentBody {
  return {
    kind: 'customer',
    rows: { customers: [{ id: 'c1', ...fields }], customer_tags: [...tags].sort().map((tag) => ({ customer_id: 'c1', tag })) },
    stamps,
  };
}

const fieldsOf = (body: DocumentBody) => body.rows.customers?.[0];
const tagsOf = (body: DocumentBody) => (body.rows.customer_tags ?? []).map((r) => r.tag);

describe('merging versions of a customer field by field', () => {
  it('keeps each counter’s change to a different field, and records nothing', () => {
    const a = customer({ name: '李四', about: '旧' }, [], { 'customers.name': st(20, 'aa', 10), 'customers.about': st(10) });
    const b = customer({ name: '李', about: '新的备注' }, [], { 'customers.name': st(10), 'customers.about': st(30, 'bb', 10) });
    const { merged, losses } = mergeVersions(shape, [a, b]);
    expect(fieldsOf(merged)).toEqual({ id: 'c1', name: '李四', about: '新的备注' });
    expect(losses).toEqual([]);
  });

  it('takes the newer of two changes to one field and keeps the other as a loss holding only that field', () => {
    const a = customer({ about: '柜台一写的' }, [], { 'customers.about': st(20, 'aa', 10) });
    const b = customer({ about: '柜台二写的' }, [], { 'customers.about': st(30, 'bb', 10) });
    const { merged, losses } = mergeVersions(shape, [a, b]);
    expect(fieldsOf(merged)?.about).toBe('柜台二写的');
    expect(merged.stamps?.['customers.about']).toEqual(st(30, 'bb', 10));
    expect(losses).toEqual([
      { field: 'customers.about', at: at(20, 'aa'), body: { kind: 'customer', rows: { customers: [{ id: 'c1', about: '柜台一写的' }] } } },
    ]);
  });

  it('does not count a value the winner saw and replaced as lost', () => {
    const old = customer({ about: '原来的' }, [], { 'customers.about': st(10) });
    const edited = customer({ about: '改过的' }, [], { 'customers.about': st(20, 'bb', 10) });
    expect(mergeVersions(shape, [old, edited]).losses).toEqual([]);
  });

  it('counts two values from before either counter stamped anything as one lost', () => {
    const { merged, losses } = mergeVersions(shape, [customer({ about: '甲' }, []), customer({ about: '乙' }, [])]);
    // The same choice on every counter (by what they say), the other one kept.
    expect(fieldsOf(merged)?.about).toBe('甲');
    expect(losses.map((l) => l.body.rows.customers?.[0]?.about)).toEqual(['乙']);
  });

  it('treats tags as a set: an addition on one counter and a removal on another both stand', () => {
    const base = { [tagField('老客')]: st(5), [tagField('VIP')]: st(5) };
    const a = customer({}, ['VIP', '老客', '喜欢蓝色'], { ...base, [tagField('喜欢蓝色')]: st(20, 'aa') });
    const b = customer({}, ['老客'], { ...base, [tagField('VIP')]: st(30, 'bb', 5, true) });
    const { merged, losses } = mergeVersions(shape, [a, b]);
    expect(tagsOf(merged)).toEqual(['喜欢蓝色', '老客']);
    expect(merged.stamps?.[tagField('VIP')]).toEqual(st(30, 'bb', 5, true));
    expect(losses).toEqual([]);
  });

  it('brings back a tag added again after its removal, and removes one removed after its addition', () => {
    const a = customer({}, ['VIP'], { [tagField('VIP')]: st(40, 'aa', 30) });
    const b = customer({}, [], { [tagField('VIP')]: st(30, 'bb', 5, true) });
    expect(tagsOf(mergeVersions(shape, [a, b]).merged)).toEqual(['VIP']);
    const c = customer({}, ['VIP'], { [tagField('VIP')]: st(5) });
    expect(tagsOf(mergeVersions(shape, [c, b]).merged)).toEqual([]);
  });

  it('gives every order of the same versions the same document, and merging again changes nothing', () => {
    const value = fc.constantFrom('甲', '乙', '丙', null);
    const version = fc.record({
      name: fc.tuple(value, fc.integer({ min: 0, max: 6 })),
      about: fc.tuple(value, fc.integer({ min: 0, max: 6 })),
      tags: fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c'), fc.boolean(), fc.integer({ min: 0, max: 6 })), { maxLength: 4 }),
      device: fc.constantFrom('aa', 'bb', 'cc'),
    });
    fc.assert(
      fc.property(fc.array(version, { minLength: 1, maxLength: 4 }), (versions) => {
        const bodies = versions.map((v) => {
          const tags = new Map<string, { present: boolean; ms: number }>();
          for (const [tag, present, ms] of v.tags) tags.set(tag, { present, ms });
          const stamps: Stamps = {
            ...(v.name[1] > 0 ? { 'customers.name': st(v.name[1], v.device) } : {}),
            ...(v.about[1] > 0 ? { 'customers.about': st(v.about[1], v.device) } : {}),
          };
          for (const [tag, t] of tags) if (t.ms > 0) stamps[tagField(tag)] = st(t.ms, v.device, undefined, !t.present);
          return customer(
            { name: v.name[0], about: v.about[0] },
            [...tags].filter(([, t]) => t.present).map(([tag]) => tag),
            Object.fromEntries(
              Object.keys(stamps)
                .sort()
                .map((k) => [k, stamps[k] as FieldStamp]),
            ),
          );
        });
        const once = mergeVersions(shape, bodies).merged;
        expect(mergeVersions(shape, [...bodies].reverse()).merged).toEqual(once);
        expect(mergeVersions(shape, [once, ...bodies]).merged).toEqual(once);
        // Merged in two steps (some counters first, then the rest): the same document.
        const half = Math.ceil(bodies.length / 2);
        const left = mergeVersions(shape, bodies.slice(0, half)).merged;
        const right = bodies.length > half ? [mergeVersions(shape, bodies.slice(half)).merged] : [];
        expect(mergeVersions(shape, [left, ...right]).merged).toEqual(once);
      }),
      { numRuns: 300 },
    );
  });
});

describe('merging a customer whose parts refer to each other', () => {
  const withPeople: MergeShape = {
    kind: 'customer',
    root: 'customers',
    key: ['id'],
    parts: [
      { table: 'key_people', key: ['id'] },
      { table: 'important_dates', key: ['id'], refs: [{ column: 'person_id', table: 'key_people', to: 'id' }] },
    ],
  };
  const person = { id: 'p1', customer_id: 'c1', name: '小明' };
  const date = (day: number) => ({ id: 'd1', customer_id: 'c1', person_id: 'p1', month: 5, day });

  it('lets a date go with its key person removed on another counter, kept as a loss, so the merged document holds', () => {
    const removed: DocumentBody = {
      kind: 'customer',
      rows: { customers: [{ id: 'c1' }], key_people: [], important_dates: [] },
      stamps: { 'important_dates|["d1"]': st(20, 'aa', 5, true), 'key_people|["p1"]': st(20, 'aa', 5, true) },
    };
    const edited: DocumentBody = {
      kind: 'customer',
      rows: { customers: [{ id: 'c1' }], key_people: [person], important_dates: [date(9)] },
      stamps: { 'important_dates|["d1"]': st(30, 'bb', 5), 'key_people|["p1"]': st(5) },
    };
    for (const versions of [
      [removed, edited],
      [edited, removed],
    ]) {
      const { merged, losses } = mergeVersions(withPeople, versions);
      expect(merged.rows.key_people).toEqual([]);
      expect(merged.rows.important_dates).toEqual([]);
      expect(merged.stamps?.['important_dates|["d1"]']?.gone).toBe(true);
      expect(losses.map((l) => l.body.rows.important_dates)).toEqual([[date(9)]]);
      // Merged again with either, it stays as it is.
      expect(mergeVersions(withPeople, [merged, ...versions]).merged).toEqual(merged);
    }
  });
});
