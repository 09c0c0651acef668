import { useContext, useEffect, useState } from 'react';
import type { EntryKind } from '../../../../shared/domain/entry-kinds';
import { ComposerDraftsContext, isEmptyDraft } from './composer-drafts';
import { emptyDetails, type DetailsDraft } from './details-draft';
import { emptyLine, type LineDraft } from './line-drafts';

/** What the composer holds for one customer, kept across a lock or a visit elsewhere until it is saved. */
export function useComposerDraft(customerId: string) {
  // What was being written before a lock or a visit to another customer comes back.
  const drafts = useContext(ComposerDraftsContext);
  const [kept] = useState(() => drafts?.get(customerId));
  const [kind, setKind] = useState<EntryKind>(kept?.kind ?? 'note');
  const [text, setText] = useState(kept?.text ?? '');
  const [when, setWhen] = useState(kept?.when ?? '');
  const [lines, setLines] = useState<LineDraft[]>(() => kept?.lines ?? [emptyLine()]);
  const [details, setDetails] = useState<DetailsDraft>(kept?.details ?? emptyDetails);
  const [pay, setPay] = useState('');
  useEffect(() => {
    if (drafts === null) return;
    const draft = { kind, text, when, lines, details };
    if (isEmptyDraft(draft)) drafts.delete(customerId);
    else drafts.set(customerId, draft);
  }, [drafts, customerId, kind, text, when, lines, details]);
  /** Back to an empty note once the entry is saved (the kind stays for the next line). */
  function clear() {
    setPay('');
    setText('');
    setWhen('');
    setLines([emptyLine()]);
    setDetails(emptyDetails);
  }
  return { kind, setKind, text, setText, when, setWhen, lines, setLines, details, setDetails, pay, setPay, clear };
}
