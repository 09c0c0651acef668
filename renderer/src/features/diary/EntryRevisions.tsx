import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOutput } from '../../../../shared/contract';
import { useApi } from '../../api';
import { dayHeading, timeOfDay } from '../../app/i18n/format';
import { useLocale } from '../../app/locale-context';
import { useCall } from '../../app/use-call';
import { PurchaseLineChip } from './PurchaseLineChip';

type Revision = CallOutput<'entries.revisions'>['items'][number];

/** What an edited entry said before each correction, newest first. */
export function EntryRevisions({ entryId }: { entryId: string }) {
  const api = useApi();
  const call = useCall();
  const { t } = useTranslation();
  const locale = useLocale();
  const [items, setItems] = useState<Revision[] | null>(null);
  useEffect(() => {
    let live = true;
    void call(api['entries.revisions']({ id: entryId })).then((value) => {
      if (live && value !== null) setItems(value.items);
    });
    return () => {
      live = false;
    };
  }, [api, call, entryId]);
  if (items === null) return null;
  return (
    <ol className="entry-revisions" aria-label={t('timeline.earlier')}>
      {items.map((r) => (
        <li key={r.id}>
          <span className="muted">
            {t('timeline.replacedOn', { date: `${dayHeading(r.replacedAt, locale)} ${timeOfDay(r.replacedAt)}` })}
          </span>{' '}
          <span className={`chip chip-small chip-${r.kind}`}>{t(`kinds.${r.kind}`)}</span>{' '}
          <span className="muted">{`${dayHeading(r.occurredAt, locale)} ${timeOfDay(r.occurredAt)}`}</span>
          {r.text.trim() !== '' && <p>{r.text}</p>}
          {r.lines.length > 0 && (
            <div className="chips">
              {r.lines.map((line) => (
                <PurchaseLineChip key={line.id} line={line} />
              ))}
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
