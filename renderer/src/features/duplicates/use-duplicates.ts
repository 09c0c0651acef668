import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOutput } from '../../../../shared/contract';
import { useApi } from '../../api';
import { useStatus } from '../../app/status';
import { useCall } from '../../app/use-call';
import { nameOf } from './facts-text';

export type Group = CallOutput<'duplicates.find'>['groups'][number];
export type Plan = CallOutput<'customers.merge'>;

/**
 * The likely duplicates, asked again after each merge or undo; the merge plan being looked at, the
 * groups kept apart, and the merge just done, which can be undone.
 */
export function useDuplicates(onMerged: () => void) {
  const api = useApi();
  const call = useCall();
  const { say } = useStatus();
  const { t } = useTranslation();
  const [groups, setGroups] = useState<Group[] | null>(null);
  const [plan, setPlan] = useState<{ key: string; plan: Plan } | null>(null);
  const [hidden, setHidden] = useState<Set<string>>(new Set());
  const [version, setVersion] = useState(0);
  // The merge just done, offered for undoing here too: while the dialog is open the status line cannot be reached.
  const [merged, setMerged] = useState<Plan | null>(null);

  useEffect(() => {
    let live = true;
    void call(api['duplicates.find']({})).then((value) => {
      if (live && value !== null) setGroups(value.groups);
    });
    return () => {
      live = false;
    };
  }, [api, call, version]);

  async function preview(key: string, survivorId: string, otherId: string) {
    const value = await call(api['customers.merge']({ survivorId, otherId, dryRun: true }));
    if (value !== null) setPlan({ key, plan: value });
  }

  async function unmerge(p: Plan) {
    const value = await call(api['customers.unmerge']({ otherId: p.other.id }));
    if (value === null) return;
    say(t('duplicates.undone', { name: nameOf(p.other) }));
    setMerged(null);
    setVersion((v) => v + 1);
    onMerged();
  }

  async function merge(p: Plan) {
    const value = await call(api['customers.merge']({ survivorId: p.survivor.id, otherId: p.other.id, dryRun: false }));
    if (value === null) return;
    say(t('duplicates.merged', { name: nameOf(p.survivor) }), { action: { label: t('duplicates.undo'), run: () => void unmerge(p) } });
    setPlan(null);
    setMerged(p);
    setVersion((v) => v + 1);
    onMerged();
  }

  async function keepApart(key: string, group: Group) {
    const value = await call(api['duplicates.keepApart']({ customerIds: group.customers.map((c) => c.id) }));
    if (value === null) return;
    setHidden(new Set([...hidden, key]));
    say(t('duplicates.keptApart'));
  }

  return { groups, plan, hidden, merged, preview, unmerge, merge, keepApart };
}
