import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Segment } from '../../../../shared/contract';
import { useApi } from '../../api';
import { useCall } from '../../app/use-call';
import type { ListView } from './ListFilters';
import { SegmentNameForm } from './SegmentNameForm';

/** Saved filters by name: one click narrows the list again; the current filters can be saved as one. */
export function SegmentsBar({ view, onApply }: { view: ListView; onApply(view: ListView): void }) {
  const api = useApi();
  const call = useCall();
  const { t } = useTranslation();
  const [segments, setSegments] = useState<Segment[]>([]);
  const [naming, setNaming] = useState(false);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    void call(api['segments.list']({})).then((value) => {
      if (live && value !== null) setSegments(value.items);
    });
    return () => {
      live = false;
    };
  }, [api, call, version]);

  async function remove(segment: Segment) {
    if ((await call(api['segments.delete']({ id: segment.id }))) !== null) setVersion((v) => v + 1);
  }

  return (
    <div className="segments-bar" aria-label={t('list.segments')}>
      {segments.map((s) => (
        <span key={s.id} className="chip segment-chip">
          <button type="button" className="link-button" onClick={() => onApply({ filter: s.filter, sort: s.sort })}>
            {s.name}
          </button>
          <button
            type="button"
            className="link-button"
            aria-label={t('list.deleteSegment', { name: s.name })}
            onClick={() => void remove(s)}
          >
            ×
          </button>
        </span>
      ))}
      {naming ? (
        <SegmentNameForm
          view={view}
          onSaved={() => {
            setNaming(false);
            setVersion((v) => v + 1);
          }}
        />
      ) : (
        Object.keys(view.filter).length > 0 && (
          <button type="button" className="button-quiet" onClick={() => setNaming(true)}>
            {t('list.saveSegment')}
          </button>
        )
      )}
    </div>
  );
}
