import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CardRules } from '../../../../shared/contract/cards.contract';
import { fromMinor, parseMoneyInput } from '../../../../shared/domain/money';
import { useApi } from '../../api';
import { useCall } from '../../app/use-call';
import { useStatus } from '../../app/status';

interface Draft {
  pointsPerUnit: string;
  vipMultiplier: string;
  /** One tier per line: "500 50" = a top-up of 500 gets 50 on top. */
  bonusTiers: string;
}

function draftOf(rules: CardRules, currency: string): Draft {
  return {
    pointsPerUnit: String(rules.pointsPerUnit),
    vipMultiplier: String(rules.tierMultipliers.vip ?? 1),
    bonusTiers: rules.bonusTiers.map((b) => `${fromMinor(b.from, currency)} ${fromMinor(b.bonus, currency)}`).join('\n'),
  };
}

/** The draft as rules, or null when a line cannot be read (said beside the field). */
function rulesOf(draft: Draft, currency: string, kept: CardRules): CardRules | null {
  const perUnit = Number(draft.pointsPerUnit);
  const vip = Number(draft.vipMultiplier);
  if (!Number.isFinite(perUnit) || perUnit < 0 || !Number.isFinite(vip) || vip < 0) return null;
  const tiers: CardRules['bonusTiers'] = [];
  for (const line of draft.bonusTiers.split('\n').map((l) => l.trim())) {
    if (line === '') continue;
    const [from, bonus] = line.split(/[\s,，送]+/).map((part) => parseMoneyInput(part, currency));
    if (from == null || bonus == null || from <= 0) return null;
    tiers.push({ from, bonus });
  }
  return {
    ...kept,
    pointsPerUnit: perUnit,
    tierMultipliers: { ...kept.tierMultipliers, vip },
    bonusTiers: tiers.sort((a, b) => a.from - b.from),
  };
}

/** Settings → member cards: points per currency unit, the VIP multiplier, top-up bonus tiers. Past movements keep what they were. */
export function CardRulesSection({ currency }: { currency: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const call = useCall();
  const { say } = useStatus();
  const [rules, setRules] = useState<CardRules | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [bad, setBad] = useState(false);
  const hintId = useId();

  useEffect(() => {
    void call(api['cards.rules']({})).then((r) => {
      if (r === null) return;
      setRules(r);
      setDraft(draftOf(r, currency));
    });
  }, [api, call, currency]);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (draft === null || rules === null) return;
    const next = rulesOf(draft, currency, rules);
    setBad(next === null);
    if (next === null) return;
    const saved = await call(api['cards.setRules'](next));
    if (saved === null) return;
    setRules(saved);
    setDraft(draftOf(saved, currency));
    say(t('cardRules.saved'));
  }

  if (draft === null) return null;
  return (
    <section className="restore">
      <h3>{t('cardRules.title')}</h3>
      <form className="protection-form" onSubmit={(e) => void save(e)} noValidate>
        <label className="field">
          <span>{t('cardRules.pointsPerUnit')}</span>
          <input inputMode="decimal" value={draft.pointsPerUnit} onChange={(e) => setDraft({ ...draft, pointsPerUnit: e.target.value })} />
        </label>
        <label className="field">
          <span>{t('cardRules.vipMultiplier')}</span>
          <input inputMode="decimal" value={draft.vipMultiplier} onChange={(e) => setDraft({ ...draft, vipMultiplier: e.target.value })} />
        </label>
        <div className="field">
          <label>
            <span>{t('cardRules.bonusTiers')}</span>
            <textarea
              rows={3}
              value={draft.bonusTiers}
              aria-describedby={hintId}
              aria-invalid={bad}
              onChange={(e) => setDraft({ ...draft, bonusTiers: e.target.value })}
            />
          </label>
          <small id={hintId} className={bad ? 'field-problem' : 'muted'}>
            {bad ? t('cardRules.unreadable') : t('cardRules.bonusHint')}
          </small>
        </div>
        <p className="muted">{t('cardRules.pastKept')}</p>
        <div className="dialog-actions">
          <button type="submit" className="button-primary">
            {t('cardRules.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
