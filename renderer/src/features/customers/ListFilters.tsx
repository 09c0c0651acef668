import { useTranslation } from 'react-i18next';
import { listFilterSchema, listSorts, type ListFilter } from '../../../../shared/contract';
import { stages, tiers } from '../../../../shared/domain/customer-value';

export type ListSort = (typeof listSorts)[number];

export interface ListView {
  filter: ListFilter;
  sort: ListSort;
}

const lastVisitChoices = [
  { key: 'seenWithin30', filter: { seenWithinDays: 30 } },
  { key: 'seenWithin90', filter: { seenWithinDays: 90 } },
  { key: 'notSeen90', filter: { notSeenForDays: 90 } },
  { key: 'notSeen180', filter: { notSeenForDays: 180 } },
] as const;

function lastVisitKey(filter: ListFilter): string {
  return (
    lastVisitChoices.find(
      (c) =>
        ('seenWithinDays' in c.filter ? c.filter.seenWithinDays : undefined) === filter.seenWithinDays &&
        ('notSeenForDays' in c.filter ? c.filter.notSeenForDays : undefined) === filter.notSeenForDays,
    )?.key ?? ''
  );
}

function without(filter: ListFilter, keys: readonly (keyof ListFilter)[]): ListFilter {
  const dropped: readonly string[] = keys;
  return listFilterSchema.parse(Object.fromEntries(Object.entries(filter).filter(([key]) => !dropped.includes(key))));
}

/** The list's filters and order: each change narrows the list at once. */
export function ListFilters({ view, onChange }: { view: ListView; onChange(view: ListView): void }) {
  const { t } = useTranslation();
  const { filter } = view;
  const set = (patch: ListFilter, drop: (keyof ListFilter)[] = []) => onChange({ ...view, filter: { ...without(filter, drop), ...patch } });
  return (
    <div className="list-filters" role="group" aria-label={t('list.segments')}>
      <span className="list-filter">
        {t('list.tier')}{' '}
        <select
          aria-label={t('list.tier')}
          value={filter.tiers?.[0] ?? ''}
          onChange={(e) => set(e.target.value === '' ? {} : { tiers: tiers.filter((x) => x === e.target.value) }, ['tiers'])}
        >
          <option value="">{t('list.any')}</option>
          {tiers.map((x) => (
            <option key={x} value={x}>
              {t(`value.tiers.${x}`)}
            </option>
          ))}
        </select>
      </span>
      <span className="list-filter">
        {t('list.stage')}{' '}
        <select
          aria-label={t('list.stage')}
          value={filter.stages?.[0] ?? ''}
          onChange={(e) => set(e.target.value === '' ? {} : { stages: stages.filter((x) => x === e.target.value) }, ['stages'])}
        >
          <option value="">{t('list.any')}</option>
          {stages.map((x) => (
            <option key={x} value={x}>
              {t(`value.stages.${x}`)}
            </option>
          ))}
        </select>
      </span>
      <span className="list-filter">
        {t('list.tag')}{' '}
        <input
          aria-label={t('list.tag')}
          size={8}
          defaultValue={filter.tag ?? ''}
          key={filter.tag ?? ''}
          onBlur={(e) => set(e.target.value.trim() === '' ? {} : { tag: e.target.value.trim() }, ['tag'])}
          onKeyDown={(e) => {
            if (e.key === 'Enter') e.currentTarget.blur();
          }}
        />
      </span>
      <span className="list-filter">
        {t('list.lastVisitFilter')}{' '}
        <select
          aria-label={t('list.lastVisitFilter')}
          value={lastVisitKey(filter)}
          onChange={(e) => set(lastVisitChoices.find((c) => c.key === e.target.value)?.filter ?? {}, ['seenWithinDays', 'notSeenForDays'])}
        >
          <option value="">{t('list.any')}</option>
          {lastVisitChoices.map((c) => (
            <option key={c.key} value={c.key}>
              {t(`list.${c.key}`)}
            </option>
          ))}
        </select>
      </span>
      <span className="list-filter">
        {t('list.minSpend')}{' '}
        <input
          aria-label={t('list.minSpend')}
          type="number"
          min={0}
          step={100}
          size={6}
          key={filter.minSpend ?? 'none'}
          defaultValue={filter.minSpend === undefined ? '' : filter.minSpend / 100}
          onBlur={(e) => {
            const yuan = Number(e.target.value);
            set(e.target.value === '' || !Number.isFinite(yuan) || yuan < 0 ? {} : { minSpend: Math.round(yuan * 100) }, ['minSpend']);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') e.currentTarget.blur();
          }}
        />
      </span>
      <span className="list-filter">
        {t('list.birthdayMonth')}{' '}
        <select
          aria-label={t('list.birthdayMonth')}
          value={filter.birthdayMonth ?? ''}
          onChange={(e) => set(e.target.value === '' ? {} : { birthdayMonth: Number(e.target.value) }, ['birthdayMonth'])}
        >
          <option value="">{t('list.any')}</option>
          {Array.from({ length: 12 }, (_, i) => i + 1).map((m) => (
            <option key={m} value={m}>
              {t('list.month', { month: m })}
            </option>
          ))}
        </select>
      </span>
      <span className="list-filter">
        {t('list.sort')}{' '}
        <select
          aria-label={t('list.sort')}
          value={view.sort}
          onChange={(e) => onChange({ ...view, sort: listSorts.find((s) => s === e.target.value) ?? 'recent' })}
        >
          {listSorts.map((s) => (
            <option key={s} value={s}>
              {t(`list.sorts.${s}`)}
            </option>
          ))}
        </select>
      </span>
      {Object.keys(filter).length > 0 && (
        <button type="button" className="button-quiet" onClick={() => onChange({ filter: {}, sort: view.sort })}>
          {t('list.clear')}
        </button>
      )}
    </div>
  );
}
