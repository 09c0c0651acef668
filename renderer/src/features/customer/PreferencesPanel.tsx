import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Preference } from '../../../../shared/contract';
import {
  preferenceCategories,
  preferencePolarities,
  type PreferenceCategory,
  type PreferencePolarity,
} from '../../../../shared/domain/entry-kinds';
import { useApi } from '../../api';
import { useCall } from '../../app/use-call';
import { PreferenceGroups } from './PreferenceGroups';

interface Props {
  customerId: string;
  items: Preference[];
  onChanged(): void;
}

/** Likes, dislikes and facts: the special things that make a regular feel known. */
export function PreferencesPanel({ customerId, items, onChanged }: Props) {
  const api = useApi();
  const call = useCall();
  const { t } = useTranslation();
  const [polarity, setPolarity] = useState<PreferencePolarity>('like');
  const [category, setCategory] = useState<PreferenceCategory>('other');
  const [value, setValue] = useState('');

  async function add(event: FormEvent) {
    event.preventDefault();
    if (value.trim() === '') return;
    const saved = await call(api['preferences.set']({ customerId, polarity, category, value: value.trim() }));
    if (saved !== null) {
      setValue('');
      onChanged();
    }
  }

  async function remove(id: string) {
    if ((await call(api['preferences.remove']({ id }))) !== null) onChanged();
  }

  return (
    <section className="panel" aria-labelledby="prefs-title">
      <h2 id="prefs-title">{t('prefs.title')}</h2>
      {items.length === 0 && <p className="muted">{t('prefs.none')}</p>}
      <PreferenceGroups items={items} onRemove={(id) => void remove(id)} />
      <form className="pref-form" onSubmit={(e) => void add(e)}>
        <select
          aria-label={t('prefs.polarity')}
          value={polarity}
          onChange={(e) => setPolarity(preferencePolarities.find((p) => p === e.target.value) ?? 'like')}
        >
          {preferencePolarities.map((p) => (
            <option key={p} value={p}>
              {t(`prefs.${p}`)}
            </option>
          ))}
        </select>
        <select
          aria-label={t('prefs.category')}
          value={category}
          onChange={(e) => setCategory(preferenceCategories.find((c) => c === e.target.value) ?? 'other')}
        >
          {preferenceCategories.map((c) => (
            <option key={c} value={c}>
              {t(`categories.${c}`)}
            </option>
          ))}
        </select>
        <input
          aria-label={t('prefs.value')}
          placeholder={t('prefs.valuePlaceholder')}
          value={value}
          maxLength={200}
          onChange={(e) => setValue(e.target.value)}
        />
        <button type="submit" className="button-quiet">
          {t('prefs.add')}
        </button>
      </form>
    </section>
  );
}
