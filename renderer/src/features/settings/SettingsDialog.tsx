import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { settingsSchema, type Settings } from '../../../../shared/contract';
import { exportFormats } from '../../../../shared/domain/export-formats';
import { currencies } from '../../../../shared/domain/money';
import { exportLink, isDesktop, restoreUploader, useApi } from '../../api';
import { BackupFolder } from './BackupFolder';
import { CardRulesSection } from '../cards/CardRulesSection';
import { RestoreFromFile } from './RestoreFromFile';
import { ProtectionSection } from './ProtectionSection';
import { PlainFileNote } from '../protection/PlainFileNote';
import { useLocale } from '../../app/locale-context';
import { useStatus } from '../../app/status';
import { useCall } from '../../app/use-call';
import { useFormCall } from '../../app/use-form-call';
import { FieldProblem } from '../../components/FieldProblem';
import { AppDialog } from '../../components/AppDialog';
import { GreetingSettingsSection } from '../greetings/GreetingSettingsSection';

interface Props {
  open: boolean;
  onOpenChange(open: boolean): void;
  onSaved(settings: Settings): void;
}

const numberKeys = [
  'followUpAfterPurchaseDays',
  'complaintFollowUpDays',
  'contactCooldownDays',
  // How customers are told apart by value (tiers, stages); changing one relabels the whole book.
  'vipTopPercent',
  'valueWindowDays',
  'newWithinDays',
  'atRiskAfterDays',
  'lostAfterDays',
  'loyalVisits',
] as const;

type NumberKey = (typeof numberKeys)[number];

/** The numbers under their headings: how care paces itself, and how customers are told apart by value. */
const numberGroups: readonly { heading: 'care' | 'value'; keys: readonly NumberKey[] }[] = [
  { heading: 'care', keys: ['followUpAfterPurchaseDays', 'complaintFollowUpDays', 'contactCooldownDays'] },
  { heading: 'value', keys: ['vipTopPercent', 'valueWindowDays', 'newWithinDays', 'atRiskAfterDays', 'lostAfterDays', 'loyalVisits'] },
];

/** What each number counts, for the limits shown beside it. */
const unitOf: Record<NumberKey, 'days' | 'percent' | 'visits'> = {
  followUpAfterPurchaseDays: 'days',
  complaintFollowUpDays: 'days',
  contactCooldownDays: 'days',
  vipTopPercent: 'percent',
  valueWindowDays: 'days',
  newWithinDays: 'days',
  atRiskAfterDays: 'days',
  lostAfterDays: 'days',
  loyalVisits: 'visits',
};

/** A number setting's limits, as the book checks them (the contract's schema). */
export function limitsOf(key: NumberKey): { min: number; max: number } {
  const schema = settingsSchema.shape[key];
  return { min: schema.minValue ?? 0, max: schema.maxValue ?? Number.MAX_SAFE_INTEGER };
}

// The fields a refusal of settings.update is shown beside.
const fields = ['currency', 'timeZone', ...numberKeys] as const;

/** The zones offered for the shop: the book's own first, then every zone this runtime knows (the browser's among them). */
export function timeZoneChoices(current: string): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const browser = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return [...new Set([current, browser, ...known, 'UTC'].filter((zone) => zone !== ''))];
}

/** The book's few settings: its currency, its time zone and how relationship care paces itself. */
export function SettingsDialog({ open, onOpenChange, onSaved, currency = 'CNY' }: Props & { currency?: string }) {
  const { t } = useTranslation();
  return (
    <AppDialog open={open} onOpenChange={onOpenChange} title={t('settings.title')}>
      <SettingsForm onSaved={onSaved} />
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
  const { problems, run } = useFormCall(fields);
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
      <fieldset className="settings-group">
        <legend>{t('settingsGroups.book')}</legend>
        <label>
          <span>{t('settings.currency')}</span>
          <select value={form.currency} onChange={(e) => setForm({ ...form, currency: e.target.value })}>
            {currencies.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('settings.timeZone')}</span>
          <select value={form.timeZone} onChange={(e) => setForm({ ...form, timeZone: e.target.value })}>
            {timeZoneChoices(form.timeZone ?? '').map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      {numberGroups.map(({ heading, keys }) => (
        <fieldset key={heading} className="settings-group">
          <legend>{t(`settingsGroups.${heading}`)}</legend>
          {keys.map((key) => {
            const { min, max } = limitsOf(key);
            const id = `${problemId}-${key}`;
            const problem = problems[key];
            return (
              <div key={key} className="field">
                <label htmlFor={`${id}-input`} className="field-name">
                  {t(`settings.${key}`)}
                </label>
                <div className="with-unit">
                  <input
                    id={`${id}-input`}
                    type="number"
                    min={min}
                    max={max}
                    step={1}
                    value={form[key] ?? ''}
                    onChange={(e) => setForm({ ...form, [key]: e.target.value })}
                    aria-invalid={problem !== undefined}
                    aria-describedby={problem === undefined ? `${id}-range` : `${id}-range ${id}`}
                  />
                  {/* Said to screen readers by the range below, which carries the unit too. */}
                  <span className="unit" aria-hidden="true">
                    {t(`settingsGroups.units.${unitOf[key]}`)}
                  </span>
                </div>
                <small id={`${id}-range`} className="muted">
                  {t(`ranges.${unitOf[key]}`, { min, max })}
                </small>
                <FieldProblem id={id} text={problem} />
              </div>
            );
          })}
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
