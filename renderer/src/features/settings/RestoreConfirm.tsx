import { useTranslation } from 'react-i18next';
import type { CallOutput } from '../../../../shared/contract';
import { useLocale } from '../../app/locale-context';
import { shortDate, timeOfDay } from '../../app/i18n/format';
import { AppDialog, DialogClose } from '../../components/AppDialog';

export type Inspected = CallOutput<'backup.inspect'>;
type Summary = Inspected['backup'];

interface Props {
  inspected: Inspected;
  busy: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/** Both books side by side before one replaces the other: a restore is a decision, not a click. */
export function RestoreConfirm({ inspected, busy, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  const fewer = inspected.backup.entries < inspected.current.entries;
  return (
    <AppDialog open onOpenChange={(open) => !open && !busy && onCancel()} title={t('restore.confirmTitle')} wide>
      <div className="restore-compare">
        <BookColumn title={t('restore.theBackup')} book={inspected.backup} />
        <BookColumn title={t('restore.theBookNow')} book={inspected.current} />
      </div>
      {fewer && (
        <p className="restore-warning" role="alert">
          {t('restore.fewerEntries', { count: inspected.current.entries - inspected.backup.entries })}
        </p>
      )}
      <p className="muted">{t('restore.keptNote')}</p>
      <div className="dialog-actions">
        <span className="spacer" />
        <DialogClose asChild>
          <button type="button" className="button-quiet" disabled={busy}>
            {t('restore.cancel')}
          </button>
        </DialogClose>
        <button type="button" className="button-primary danger" disabled={busy} onClick={onConfirm}>
          {busy ? t('restore.restoring') : t('restore.confirm')}
        </button>
      </div>
    </AppDialog>
  );
}

function BookColumn({ title, book }: { title: string; book: Summary }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const when = (iso: string) => `${shortDate(iso, locale)} ${timeOfDay(iso)}`;
  return (
    <section className="restore-book" aria-label={title}>
      <h3>{title}</h3>
      <dl>
        <dt>{t('restore.customers')}</dt>
        <dd>{book.customers}</dd>
        <dt>{t('restore.entries')}</dt>
        <dd>{book.entries}</dd>
        <dt>{t('restore.newestEntry')}</dt>
        <dd>{book.newestEntryAt === null ? t('restore.none') : when(book.newestEntryAt)}</dd>
        <dt>{t('restore.madeAt')}</dt>
        <dd>{book.madeAt === null ? t('restore.openNow') : when(book.madeAt)}</dd>
        <dt>{t('restore.writtenBy')}</dt>
        <dd>{book.appVersion === null ? t('restore.olderShuke') : `Shuke ${book.appVersion}`}</dd>
      </dl>
    </section>
  );
}
