import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { GreetingSettings } from '../../../../shared/contract/greetings.contract';
import { festivalKeys, festivalNames } from '../../../../shared/domain/festival-names';
import { fieldAliases, greetingFields } from '../../../../shared/domain/greeting-drafts';
import { occasionKinds, type OccasionKind } from '../../../../shared/domain/greeting-templates';
import { useApi } from '../../api';
import { useLocale } from '../../app/locale-context';
import { useStatus } from '../../app/status';
import { useCall } from '../../app/use-call';
import { ownOccasionsText, parseOwnOccasions } from './own-occasions-text';

/**
 * Settings → greetings: which festivals, the shop's own occasions, how far ahead Today shows them,
 * the shop's name and signature, and the owner's own templates (empty: the built-in drafts).
 */
export function GreetingSettingsSection() {
  const { t } = useTranslation();
  const locale = useLocale();
  const api = useApi();
  const call = useCall();
  const { say } = useStatus();
  const [settings, setSettings] = useState<GreetingSettings | null>(null);
  const [own, setOwn] = useState('');
  const [ownBad, setOwnBad] = useState(false);
  const [template, setTemplate] = useState<OccasionKind>('festival');
  const ownHint = useId();
  const templateHint = useId();
  const lunarWord = t('greetingSettings.lunarWord');

  useEffect(() => {
    void call(api['greetings.settings']({})).then((s) => {
      if (s === null) return;
      setSettings(s);
      setOwn(ownOccasionsText(s.own, lunarWord));
    });
  }, [api, call, lunarWord]);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (settings === null) return;
    const parsed = parseOwnOccasions(own, settings.own, () => crypto.randomUUID());
    setOwnBad(parsed === null);
    if (parsed === null) return;
    const saved = await call(api['greetings.setSettings']({ ...settings, own: parsed }));
    if (saved === null) return;
    setSettings(saved);
    setOwn(ownOccasionsText(saved.own, lunarWord));
    say(t('greetingSettings.saved'));
  }

  if (settings === null) return null;
  const toggle = (key: (typeof festivalKeys)[number], on: boolean) =>
    setSettings({ ...settings, festivals: on ? [...settings.festivals, key] : settings.festivals.filter((f) => f !== key) });
  const fields = greetingFields.map((f) => `{${fieldAliases[locale][f]}}`).join(' ');
  return (
    <section className="restore">
      <h3>{t('greetingSettings.title')}</h3>
      <form className="protection-form" onSubmit={(e) => void save(e)} noValidate>
        <fieldset className="greeting-festivals">
          <legend>{t('greetingSettings.festivals')}</legend>
          {festivalKeys.map((key) => (
            <label key={key} className="check">
              <input type="checkbox" checked={settings.festivals.includes(key)} onChange={(e) => toggle(key, e.target.checked)} />{' '}
              {festivalNames[locale][key]}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label>
            <span>{t('greetingSettings.own')}</span>
            <textarea rows={3} value={own} aria-describedby={ownHint} aria-invalid={ownBad} onChange={(e) => setOwn(e.target.value)} />
          </label>
          <small id={ownHint} className={ownBad ? 'field-problem' : 'muted'}>
            {ownBad ? t('greetingSettings.ownUnreadable') : t('greetingSettings.ownHint')}
          </small>
        </div>
        <label className="field">
          <span>{t('greetingSettings.leadDays')}</span>
          <input
            inputMode="numeric"
            value={String(settings.leadDays)}
            onChange={(e) => setSettings({ ...settings, leadDays: Math.min(60, Math.max(1, Number(e.target.value) || 1)) })}
          />
        </label>
        <label className="field">
          <span>{t('greetingSettings.shopName')}</span>
          <input value={settings.shopName} maxLength={40} onChange={(e) => setSettings({ ...settings, shopName: e.target.value })} />
        </label>
        <label className="field">
          <span>{t('greetingSettings.signature')}</span>
          <input value={settings.signature} maxLength={40} onChange={(e) => setSettings({ ...settings, signature: e.target.value })} />
        </label>
        <label className="field">
          <span>{t('greetingSettings.templateFor')}</span>
          <select value={template} onChange={(e) => setTemplate(occasionKinds.find((k) => k === e.target.value) ?? 'festival')}>
            {occasionKinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`greetingSettings.kind.${kind}`)}
              </option>
            ))}
          </select>
        </label>
        <div className="field">
          <label>
            <span>{t('greetingSettings.template')}</span>
            <textarea
              rows={5}
              value={settings.templates[template] ?? ''}
              placeholder={t('greetingSettings.templatePlaceholder')}
              aria-describedby={templateHint}
              onChange={(e) => setSettings({ ...settings, templates: { ...settings.templates, [template]: e.target.value } })}
            />
          </label>
          <small id={templateHint} className="muted">
            {t('greetingSettings.templateHint', { fields })}
          </small>
        </div>
        <div className="dialog-actions">
          <button type="submit" className="button-primary">
            {t('greetingSettings.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
