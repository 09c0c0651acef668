import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RulesDraft } from './card-rules-draft';

type BonusRow = RulesDraft['bonusTiers'][number];
type KindRow = RulesDraft['punchKinds'][number];

function replaced<T>(rows: T[], index: number, row: T): T[] {
  return rows.map((r, i) => (i === index ? row : r));
}

/** 充 [500] 送 [50] per row, one row per tier, added and removed with a button. */
export function BonusTiersEditor({ rows, onChange, problem }: { rows: BonusRow[]; onChange(rows: BonusRow[]): void; problem: ReactNode }) {
  const { t } = useTranslation();
  return (
    <fieldset className="card-rule-rows">
      <legend>{t('cardRulesMore.bonusTiers')}</legend>
      {rows.length === 0 && <p className="muted">{t('cardRulesMore.noBonusTiers')}</p>}
      {rows.map((row, i) => (
        <div key={i} className="card-rule-row">
          <label>
            <span>{t('cardRulesMore.topUpFrom')}</span>
            <input inputMode="decimal" value={row.from} onChange={(e) => onChange(replaced(rows, i, { ...row, from: e.target.value }))} />
          </label>
          <label>
            <span>{t('cardRulesMore.bonusOf')}</span>
            <input inputMode="decimal" value={row.bonus} onChange={(e) => onChange(replaced(rows, i, { ...row, bonus: e.target.value }))} />
          </label>
          <button
            type="button"
            className="button-quiet"
            aria-label={t('cardRulesMore.removeTier', { n: i + 1 })}
            onClick={() => onChange(rows.filter((_, j) => j !== i))}
          >
            {t('cardRulesMore.remove')}
          </button>
        </div>
      ))}
      {problem}
      {rows.length < 10 && (
        <button type="button" className="button-quiet" onClick={() => onChange([...rows, { from: '', bonus: '' }])}>
          {t('cardRulesMore.addTier')}
        </button>
      )}
    </fieldset>
  );
}

/** A punch-card kind per row: name, uses, price, months valid; the sell dialog offers them. */
export function PunchKindsEditor({ rows, onChange, problem }: { rows: KindRow[]; onChange(rows: KindRow[]): void; problem: ReactNode }) {
  const { t } = useTranslation();
  const field = (i: number, row: KindRow, key: keyof KindRow, label: string, mode: 'text' | 'numeric' | 'decimal') => (
    <label>
      <span>{label}</span>
      <input
        inputMode={mode}
        value={row[key]}
        placeholder={key === 'name' ? t('cards.punchKindHint') : key === 'validMonths' ? t('cardRulesMore.noEnd') : undefined}
        onChange={(e) => onChange(replaced(rows, i, { ...row, [key]: e.target.value }))}
      />
    </label>
  );
  return (
    <fieldset className="card-rule-rows">
      <legend>{t('cardRulesMore.punchKinds')}</legend>
      {rows.length === 0 && <p className="muted">{t('cardRulesMore.noPunchKinds')}</p>}
      {rows.map((row, i) => (
        <div key={i} className="card-rule-row">
          {field(i, row, 'name', t('cardRulesMore.kindName'), 'text')}
          {field(i, row, 'count', t('cards.uses'), 'numeric')}
          {field(i, row, 'price', t('cardRulesMore.kindPrice'), 'decimal')}
          {field(i, row, 'validMonths', t('cardRulesMore.validMonths'), 'numeric')}
          <button
            type="button"
            className="button-quiet"
            aria-label={t('cardRulesMore.removeKind', { name: row.name || i + 1 })}
            onClick={() => onChange(rows.filter((_, j) => j !== i))}
          >
            {t('cardRulesMore.remove')}
          </button>
        </div>
      ))}
      {problem}
      {rows.length < 20 && (
        <button
          type="button"
          className="button-quiet"
          onClick={() => onChange([...rows, { name: '', count: '10', price: '', validMonths: '12' }])}
        >
          {t('cardRulesMore.addKind')}
        </button>
      )}
    </fieldset>
  );
}
