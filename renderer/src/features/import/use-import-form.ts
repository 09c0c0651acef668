import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOutput } from '../../../../shared/contract';
import type { DuplicateChoice } from '../../../../shared/contract/import.contract';
import type { ImportField } from '../../../../shared/domain/import-columns';
import { useApi } from '../../api';
import { useStatus } from '../../app/status';
import { useCall } from '../../app/use-call';
import { readChosenFile, type ChosenFile } from './chosen-file';

type Preview = CallOutput<'import.preview'>;
type Outcome = CallOutput<'import.run'>;

/**
 * An import from choosing its file to its end: the preview (re-asked when a column is remapped),
 * what to do with the people already in the book, and, when rows were left out, the outcome.
 */
export function useImportForm(onImported: (done: boolean) => void) {
  const api = useApi();
  const call = useCall();
  const { say } = useStatus();
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<ChosenFile | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [duplicates, setDuplicates] = useState<DuplicateChoice>('merge');
  const [choices, setChoices] = useState<ReadonlyMap<number, DuplicateChoice>>(new Map());
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);

  async function load(file: File) {
    setPreview(null);
    setOutcome(null);
    setChoices(new Map());
    const read = await readChosenFile(file);
    setChosen(read);
    setPreview(await call(api['import.preview']({ file: read.file })));
  }

  async function remap(index: number, field: ImportField | null) {
    if (chosen === null || preview === null) return;
    const mapping = preview.mapping.map((m, i) => (i === index ? field : m));
    const next = await call(api['import.preview']({ file: chosen.file, mapping }));
    if (next !== null) setPreview(next);
  }

  async function run(problemRows: 'refuse' | 'skip') {
    if (chosen === null || preview === null) return;
    setBusy(true);
    const result = await call(
      api['import.run']({
        file: chosen.file,
        mapping: preview.format === 'vcard' ? undefined : preview.mapping,
        duplicates,
        choices: [...choices].map(([row, choice]) => ({ row, choice })),
        problemRows,
      }),
    );
    setBusy(false);
    if (result === null) return;
    const opened = result.cards > 0 ? ` ${t('importCsv.cardsOpened', { count: result.cards })}` : '';
    say(`${t('importCsv.result', { added: result.added, merged: result.merged, skipped: result.skipped })}${opened}`);
    const leftOut = result.left.rows.length > 0;
    if (leftOut) setOutcome(result);
    onImported(!leftOut);
  }

  const choose = (row: number, choice: DuplicateChoice) => setChoices((old) => new Map(old).set(row, choice));

  return { chosen, preview, duplicates, setDuplicates, choices, choose, outcome, busy, load, remap, run };
}
