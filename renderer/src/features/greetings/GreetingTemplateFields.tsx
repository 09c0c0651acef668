import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GreetingSettings } from '../../../../shared/contract/greetings.contract';
import { fieldAliases, greetingFields } from '../../../../shared/domain/greeting-drafts';
import { occasionKinds, type OccasionKind } from '../../../../shared/domain/greeting-templates';
import { useLocale } from '../../app/locale-context';

/** The owner's own template for one kind of occasion at a time, with the fields it may use. */
export function GreetingTemplateFields({
  templates,
  onChange,
}: {
  templates: GreetingSettings['templates'];
  onChange: (templates: GreetingSettings['templates']) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [template, setTemplate] = useState<OccasionKind>('festival');
  const templateHint = useId();
  const fields = greetingFields.map((f) => `{${fieldAliases[locale][f]}}`).join(' ');
  return (
    <>
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
            value={templates[template] ?? ''}
            placeholder={t('greetingSettings.templatePlaceholder')}
            aria-describedby={templateHint}
            onChange={(e) => onChange({ ...templates, [template]: e.target.value })}
          />
        </label>
        <small id={templateHint} className="muted">
          {t('greetingSettings.templateHint', { fields })}
        </small>
      </div>
    </>
  );
}
