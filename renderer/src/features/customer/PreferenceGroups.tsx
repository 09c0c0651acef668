import { useTranslation } from 'react-i18next';
import type { Preference } from '../../../../shared/contract';
import { preferencePolarities } from '../../../../shared/domain/entry-kinds';

/** Likes, then dislikes, then facts, each a group of chips with its own remove button; empty groups are left out. */
export function PreferenceGroups({ items, onRemove }: { items: Preference[]; onRemove(id: string): void }) {
  const { t } = useTranslation();
  return preferencePolarities.map((p) => {
    const group = items.filter((i) => i.polarity === p);
    if (group.length === 0) return null;
    return (
      <div key={p} className="pref-group">
        <h3>{t(`prefs.${p}`)}</h3>
        <div className="chips">
          {group.map((item) => (
            <span key={item.id} className={`chip chip-${p}`}>
              {item.category !== 'other' && <span className="muted">{t(`categories.${item.category}`)}</span>} {item.value}
              <button
                type="button"
                className="chip-remove"
                aria-label={t('prefs.remove', { value: item.value })}
                onClick={() => onRemove(item.id)}
              >
                ×
              </button>
            </span>
          ))}
        </div>
      </div>
    );
  });
}
