import { useEffect, useRef, useState, type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { listFilterSchema, listSorts, type ListFilter } from '../../../../shared/contract';
import { stages, tiers } from '../../../../shared/domain/customer-value';
import { fromMinor, parseMoneyInput } from '../../../../shared/domain/money';
import { useTeam } from '../team/use-team';

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

interface ChoiceProps {
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  /** The first option, meaning "no filter"; absent for a choice that always has a value (the order). */
  any?: string;
  onChange(value: string): void;
}

/** One labelled drop-down of the filter bar. */
function Choice({ label, value, options, any, onChange }: ChoiceProps) {
  return (
    <span className="list-filter">
      {label}{' '}
      <select aria-label={label} value={value} onChange={(e) => onChange(e.target.value)}>
        {any !== undefined && <option value="">{any}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </span>
  );
}

/** How long typing pauses before a typed filter narrows the list (Enter applies at once). */
const typingPause = 400;

/** A text box of the filter bar that applies what was typed as soon as typing pauses, or on Enter. */
function TypedFilter({
  label,
  initial,
  apply,
  ...input
}: { label: string; initial: string; apply(text: string): void } & InputHTMLAttributes<HTMLInputElement>) {
  const [text, setText] = useState(initial);
  const [shown, setShown] = useState(initial);
  // A filter set from elsewhere (a saved list, "clear") replaces what the box shows.
  if (initial !== shown) {
    setShown(initial);
    setText(initial);
  }
  const latest = useRef(apply);
  useEffect(() => {
    latest.current = apply;
  });
  useEffect(() => {
    if (text.trim() === initial) return;
    const timer = setTimeout(() => latest.current(text.trim()), typingPause);
    return () => clearTimeout(timer);
  }, [text, initial]);
  return (
    <span className="list-filter">
      {label}{' '}
      <input
        {...input}
        aria-label={label}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && text.trim() !== initial) apply(text.trim());
        }}
      />
    </span>
  );
}

/**
 * "My customers" (looked after by whoever is at this counter), one press; and any responsible
 * person, staff or a name since taken off the list. Absent in a book without a team.
 */
function ResponsibleFilter({ value, onChange }: { value: string | undefined; onChange(value: string | undefined): void }) {
  const { t } = useTranslation();
  const { team } = useTeam();
  if (team === null) return null;
  const names = [...new Set([...team.staff, ...team.responsibles])];
  if (names.length === 0) return null;
  const here = team.here;
  return (
    <>
      {here !== null && (
        <button
          type="button"
          className="button-quiet list-mine"
          aria-pressed={value === here}
          title={t('team.mineHint', { name: here })}
          onClick={() => onChange(value === here ? undefined : here)}
        >
          {t('team.mine')}
        </button>
      )}
      <Choice
        label={t('team.responsible')}
        any={t('list.any')}
        value={value ?? ''}
        options={names.map((name) => ({ value: name, label: name }))}
        onChange={(v) => onChange(v === '' ? undefined : v)}
      />
    </>
  );
}

const months = Array.from({ length: 12 }, (_, i) => i + 1);

/** The list's filters and order: each change narrows the list at once. Spend is in the book's currency. */
export function ListFilters({ view, currency, onChange }: { view: ListView; currency: string; onChange(view: ListView): void }) {
  const { t } = useTranslation();
  const { filter } = view;
  const set = (patch: ListFilter, drop: (keyof ListFilter)[] = []) => onChange({ ...view, filter: { ...without(filter, drop), ...patch } });
  const any = t('list.any');
  return (
    <div className="list-filters" role="group" aria-label={t('list.segments')}>
      <Choice
        label={t('list.tier')}
        any={any}
        value={filter.tiers?.[0] ?? ''}
        options={tiers.map((x) => ({ value: x, label: t(`value.tiers.${x}`) }))}
        onChange={(value) => set(value === '' ? {} : { tiers: tiers.filter((x) => x === value) }, ['tiers'])}
      />
      <Choice
        label={t('list.stage')}
        any={any}
        value={filter.stages?.[0] ?? ''}
        options={stages.map((x) => ({ value: x, label: t(`value.stages.${x}`) }))}
        onChange={(value) => set(value === '' ? {} : { stages: stages.filter((x) => x === value) }, ['stages'])}
      />
      <TypedFilter
        label={t('list.tag')}
        size={8}
        initial={filter.tag ?? ''}
        apply={(text) => set(text === '' ? {} : { tag: text }, ['tag'])}
      />
      <Choice
        label={t('list.lastVisitFilter')}
        any={any}
        value={lastVisitKey(filter)}
        options={lastVisitChoices.map((c) => ({ value: c.key, label: t(`list.${c.key}`) }))}
        onChange={(value) => set(lastVisitChoices.find((c) => c.key === value)?.filter ?? {}, ['seenWithinDays', 'notSeenForDays'])}
      />
      <TypedFilter
        label={t('list.minSpend')}
        type="number"
        min={0}
        step={100}
        size={6}
        initial={filter.minSpend === undefined ? '' : String(fromMinor(filter.minSpend, currency))}
        apply={(text) => {
          const minor = parseMoneyInput(text, currency);
          set(minor === null ? {} : { minSpend: minor }, ['minSpend']);
        }}
      />
      <Choice
        label={t('list.birthdayMonth')}
        any={any}
        value={filter.birthdayMonth === undefined ? '' : String(filter.birthdayMonth)}
        options={months.map((m) => ({ value: String(m), label: t('list.month', { month: m }) }))}
        onChange={(value) => set(value === '' ? {} : { birthdayMonth: Number(value) }, ['birthdayMonth'])}
      />
      <ResponsibleFilter
        value={filter.responsible}
        onChange={(responsible) => set(responsible === undefined ? {} : { responsible }, ['responsible'])}
      />
      <Choice
        label={t('list.sort')}
        value={view.sort}
        options={listSorts.map((s) => ({ value: s, label: t(`list.sorts.${s}`) }))}
        onChange={(value) => onChange({ ...view, sort: listSorts.find((s) => s === value) ?? 'recent' })}
      />
      {Object.keys(filter).length > 0 && (
        <button type="button" className="button-quiet" onClick={() => onChange({ filter: {}, sort: view.sort })}>
          {t('list.clear')}
        </button>
      )}
    </div>
  );
}
