import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Segment } from '../../../../shared/contract';
import { useApi } from '../../api';
import { useStatus } from '../../app/status';
import { useCall } from '../../app/use-call';
import { useFormCall } from '../../app/use-form-call';
import { FieldProblem, problemAttributes } from '../../components/FieldProblem';
import type { ListView } from './ListFilters';

// The field a refusal of segments.save is shown beside.
const fields = ['name'] as const;

/** Saved filters by name: one click narrows the list again; the current filters can be saved as one. */
export function SegmentsBar({ view, onApply }: { view: ListView; onApply(view: ListView): void }) {
  const api = useApi();
  const call = useCall();
  const { problems, setProblems, run } = useFormCall(fields);
  const problemId = useId();
  const { say } = useStatus();
  const { t } = useTranslation();
  const [segments, setSegments] = useState<Segment[]>([]);
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
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

  async function save() {
    const saved = await run(api['segments.save']({ name, filter: view.filter, sort: view.sort }));
    if (saved === null) return;
    say(t('list.segmentSaved', { name: saved.name }));
    setNaming(false);
    setName('');
    setVersion((v) => v + 1);
  }

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
        <form
          className="segment-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <input
            aria-label={t('list.segmentName')}
            value={name}
            maxLength={60}
            required
            autoFocus
            onChange={(e) => {
              setName(e.target.value);
              setProblems({});
            }}
            {...problemAttributes(problemId, problems.name)}
          />{' '}
          <button type="submit" className="button-primary">
            {t('list.save')}
          </button>{' '}
          <FieldProblem id={problemId} text={problems.name} />
        </form>
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
