import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../shared/contract';
import { exportFormats } from '../../../../shared/domain/export-formats';
import { exportLink, isDesktop, restoreUploader, useApi } from '../../api';
import { BackupFolder } from './BackupFolder';
import { BookSettingsFields } from './BookSettingsFields';
import { NumberSettingField } from './NumberSettingField';
import { numberGroups, numberKeys, settingsFields } from './settings-fields';
import { CardRulesSection } from '../cards/CardRulesSection';
import { RestoreFromFile } from './RestoreFromFile';
import { ProtectionSection } from './ProtectionSection';
import { PlainFileNote } from '../protection/PlainFileNote';
import { useLocale } from '../../app/locale-context';
import { useStatus } from '../../app/status';
import { useCall } from '../../app/use-call';
import { useFormCall } from '../../app/use-form-call';
import { AppDialog } from '../../components/AppDialog';
import { GreetingSettingsSection } from '../greetings/GreetingSettingsSection';
import { TeamSection } from '../team/TeamSection';

interface Props {
  open: boolean;
  onOpenChange(open: boolean): void;
  onSaved(settings: Settings): void;
}

export { limitsOf, timeZoneChoices } from './settings-fields';

/** The book's few settings: its currency, its time zone and how relationship care paces itself. */
export function SettingsDialog({ open, onOpenChange, onSaved, currency = 'CNY' }: Props & { currency?: string }) {
  const { t } = useTranslation();
  return (
    <AppDialog open={open} onOpenChange={onOpenChange} title={t('settings.title')}>
      <SettingsForm onSaved={onSaved} />
      <TeamSection />
      <ProtectionSection />
      <CardRulesSection currency={currency} />
      <GreetingSettingsSection />
      <BackupFolder canChoose={isDesktop()} />
      <ExportLinks />
      <RestoreFromFile upload={restoreUploader()} />
    </AppDialog>
  );
}

/** Take the book out: the full archive, .xlsx and CSV for Excel and WPS, vCards for phones. */
function ExportLinks() {
  const { t } = useTranslation();
  const locale = useLocale();
  const links = exportFormats.map((kind) => ({ kind, href: exportLink(kind, locale) }));
  return (
    <section className="restore">
      <h3>{t('settings.export')}</h3>
      <p className="muted">{t('settings.exportPlain')}</p>
      <PlainFileNote />
      {links.every((l) => l.href === null) ? (
        <p>{t('settings.exportDesktop')}</p>
      ) : (
        // Each is a download to start, so each looks like a button, not like a tag.
        <p className="export-buttons">
          {links.map(({ kind, href }) =>
            href === null ? null : (
              <a key={kind} className="button-quiet" href={href} download>
                {t(`settings.exports.${kind}`)}
              </a>
            ),
          )}
        </p>
      )}
    </section>
  );
}

function SettingsForm({ onSaved }: Pick<Props, 'onSaved'>) {
  const api = useApi();
  const call = useCall();
  const { problems, run } = useFormCall(settingsFields);
  const problemId = useId();
  const { say } = useStatus();
  const { t } = useTranslation();
  const [form, setForm] = useState<Record<string, string> | null>(null);

  useEffect(() => {
    let live = true;
    void call(api['settings.get']({})).then((s) => {
      if (live && s !== null) setForm(Object.fromEntries(Object.entries(s).map(([k, v]) => [k, String(v)])));
    });
    return () => {
      live = false;
    };
  }, [api, call]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (form === null) return;
    const numbers = Object.fromEntries(numberKeys.map((k) => [k, Number(form[k])]));
    const saved = await run(api['settings.update']({ currency: form.currency, timeZone: form.timeZone, ...numbers }));
    if (saved === null) return;
    say(t('settings.saved'));
    onSaved(saved);
  }

  if (form === null) return <p className="muted">{t('app.loading')}</p>;
  return (
    <form className="form-grid settings-form" onSubmit={(e) => void submit(e)} noValidate>
      <BookSettingsFields currency={form.currency} timeZone={form.timeZone} onChange={(change) => setForm({ ...form, ...change })} />
      {numberGroups.map(({ heading, keys }) => (
        <fieldset key={heading} className="settings-group">
          <legend>{t(`settingsGroups.${heading}`)}</legend>
          {keys.map((key) => (
            <NumberSettingField
              key={key}
              settingKey={key}
              id={`${problemId}-${key}`}
              value={form[key] ?? ''}
              problem={problems[key]}
              onChange={(value) => setForm({ ...form, [key]: value })}
            />
          ))}
        </fieldset>
      ))}
      <div className="dialog-actions">
        <button type="submit" className="button-primary">
          {t('settings.save')}
        </button>
      </div>
    </form>
  );
}
