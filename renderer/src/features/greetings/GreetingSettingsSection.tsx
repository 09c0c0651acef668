import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FestivalChoices } from './FestivalChoices';
import { GreetingTemplateFields } from './GreetingTemplateFields';
import { useGreetingSettings } from './use-greeting-settings';

/**
 * Settings → greetings: which festivals, the shop's own occasions, how far ahead Today shows them,
 * the shop's name and signature, and the owner's own templates (empty: the built-in drafts).
 */
export function GreetingSettingsSection() {
  const { t } = useTranslation();
  const { settings, setSettings, own, setOwn, ownBad, save } = useGreetingSettings();
  const ownHint = useId();

  if (settings === null) return null;
  return (
    <section className="restore">
      <h3>{t('greetingSettings.title')}</h3>
      <form className="protection-form" onSubmit={(e) => void save(e)} noValidate>
        <FestivalChoices chosen={settings.festivals} onChange={(festivals) => setSettings({ ...settings, festivals })} />
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
        <GreetingTemplateFields templates={settings.templates} onChange={(templates) => setSettings({ ...settings, templates })} />
        <div className="dialog-actions">
          <button type="submit" className="button-primary">
            {t('greetingSettings.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
