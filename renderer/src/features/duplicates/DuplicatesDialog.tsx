import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOutput } from '../../../../shared/contract';
import { useApi } from '../../api';
import { useStatus } from '../../app/status';
import { useCall } from '../../app/use-call';
import { AppDialog } from '../../components/AppDialog';

type Group = CallOutput<'duplicates.find'>['groups'][number];
type Plan = CallOutput<'customers.merge'>;

interface Props {
  open: boolean;
  onOpenChange(open: boolean): void;
  onMerged(): void;
}

/** Likely duplicates side by side; a merge is shown before it is done, and two real 张三 can stay two. */
export function DuplicatesDialog({ open, onOpenChange, onMerged }: Props) {
  const { t } = useTranslation();
  return (
    <AppDialog open={open} onOpenChange={onOpenChange} title={t('duplicates.title')} wide>
      <DuplicatesList onMerged={onMerged} />
    </AppDialog>
  );
}

function DuplicatesList({ onMerged }: Pick<Props, 'onMerged'>) {
  const api = useApi();
  const call = useCall();
  const { say } = useStatus();
  const { t } = useTranslation();
  const [groups, setGroups] = useState<Group[] | null>(null);
  const [plan, setPlan] = useState<{ key: string; plan: Plan } | null>(null);
  const [hidden, setHidden] = useState<Set<string>>(new Set());
  const [version, setVersion] = useState(0);

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

  async function merge(p: Plan) {
    const value = await call(api['customers.merge']({ survivorId: p.survivor.id, otherId: p.other.id, dryRun: false }));
    if (value === null) return;
    say(t('duplicates.merged', { name: p.survivor.name }));
    setPlan(null);
    setVersion((v) => v + 1);
    onMerged();
  }

  async function keepApart(key: string, group: Group) {
    const value = await call(api['duplicates.keepApart']({ customerIds: group.customers.map((c) => c.id) }));
    if (value === null) return;
    setHidden(new Set([...hidden, key]));
    say(t('duplicates.keptApart'));
  }

  if (groups === null) return <p className="muted">{t('app.loading')}</p>;
  const visible = groups.filter((g) => !hidden.has(`${g.reason}:${g.key}`));
  if (visible.length === 0) return <p className="muted">{t('duplicates.none')}</p>;
  return (
    <ul className="duplicates">
      {visible.map((group) => {
        const key = `${group.reason}:${group.key}`;
        const [left, right] = group.customers;
        return (
          <li key={key} className="duplicate-group" aria-label={`${t(`duplicates.reasons.${group.reason}`)} ${group.key}`}>
            <p className="muted">{t('duplicates.groupTitle', { reason: t(`duplicates.reasons.${group.reason}`), key: group.key })}</p>
            <div className="duplicate-pair">
              {group.customers.map((c) => (
                <div key={c.id} className="duplicate-card">
                  <strong>{c.name || c.phone}</strong>
                  <span className="muted">{c.phone}</span>
                  {c.company !== null && <span className="muted">{c.company}</span>}
                </div>
              ))}
            </div>
            {left !== undefined && right !== undefined && (
              <div className="dialog-actions">
                <button type="button" className="button-quiet" onClick={() => void preview(key, left.id, right.id)}>
                  {t('duplicates.mergeInto', { name: left.name || left.phone })}
                </button>
                <button type="button" className="button-quiet" onClick={() => void preview(key, right.id, left.id)}>
                  {t('duplicates.mergeInto', { name: right.name || right.phone })}
                </button>
                <button type="button" className="button-quiet" onClick={() => void keepApart(key, group)}>
                  {t('duplicates.keepBoth')}
                </button>
              </div>
            )}
            {plan?.key === key && (
              <div className="merge-plan" role="note">
                <p>
                  {t('duplicates.plan', {
                    ...plan.plan.moves,
                    phones: plan.plan.phones.join(' / '),
                    tags: plan.plan.tags.join(', ') || '—',
                  })}
                  {plan.plan.fills.length > 0 &&
                    `${t('duplicates.fills', { fields: plan.plan.fills.map((field) => t(`duplicates.fields.${field}`)).join(t('duplicates.fieldSeparator')) })}`}
                </p>
                <button type="button" className="button-primary" onClick={() => void merge(plan.plan)}>
                  {t('duplicates.confirm')}
                </button>
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
