import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api';
import { useStatus } from '../../app/status';
import { useFormCall } from '../../app/use-form-call';
import { FieldProblem, problemAttributes } from '../../components/FieldProblem';
import type { ListView } from './ListFilters';

// The field a refusal of segments.save is shown beside.
const fields = ['name'] as const;

/** Names the current filters and saves them as a segment; a refused name is said beside the field. */
export function SegmentNameForm({ view, onSaved }: { view: ListView; onSaved(): void }) {
  const api = useApi();
  const { problems, setProblems, run } = useFormCall(fields);
  const problemId = useId();
  const { say } = useStatus();
  const { t } = useTranslation();
  // Mounted only while naming, so each naming starts from an empty name.
  const [name, setName] = useState('');

  async function save() {
    const saved = await run(api['segments.save']({ name, filter: view.filter, sort: view.sort }));
    if (saved === null) return;
    say(t('list.segmentSaved', { name: saved.name }));
    onSaved();
  }

  return (
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
  );
}
