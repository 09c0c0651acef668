import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerFacts } from '../../../../shared/contract';
import { formatMoney } from '../../../../shared/domain/money';
import { shortDate } from '../../app/i18n/format';
import { useLocale } from '../../app/locale-context';
import { AppDialog } from '../../components/AppDialog';
import { factsText, nameOf } from './facts-text';
import { cardAmountsText } from '../cards/card-amounts-text';
import { useDuplicates, type Group, type Plan } from './use-duplicates';

interface Props {
  open: boolean;
  currency: string;
  onOpenChange(open: boolean): void;
  /** After a merge, and after it is undone: the list behind has changed. */
  onMerged(): void;
}

/** Likely duplicates side by side; a merge is shown before it is done, and two real 张三 can stay two. */
export function DuplicatesDialog({ open, currency, onOpenChange, onMerged }: Props) {
  const { t } = useTranslation();
  return (
    <AppDialog open={open} onOpenChange={onOpenChange} title={t('duplicates.title')} wide>
      <DuplicatesList currency={currency} onMerged={onMerged} />
    </AppDialog>
  );
}

/** One record of a group with what tells it apart: visits, spend, first and last visit, tier, diary. */
function DuplicateCard({ c, suggested, currency, onKeep }: { c: CustomerFacts; suggested: boolean; currency: string; onKeep(): void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const day = (iso: string | null) => (iso === null ? t('duplicates.facts.none') : shortDate(iso, locale));
  const facts: [string, string][] = [
    [t('duplicates.facts.visits'), String(c.visitCount)],
    [t('duplicates.facts.spend'), formatMoney(c.spendTotal, currency, locale)],
    [t('duplicates.facts.firstVisit'), day(c.firstVisitAt)],
    [t('duplicates.facts.lastVisit'), day(c.lastVisitAt)],
    [t('duplicates.facts.since'), day(c.firstSeenAt)],
    [t('duplicates.facts.tier'), c.tier === null ? t('duplicates.facts.none') : t(`value.tiers.${c.tier}`)],
    [t('duplicates.facts.entries'), String(c.entryCount)],
  ];
  return (
    <section className={`duplicate-card${suggested ? ' suggested' : ''}`} aria-label={`${nameOf(c)} · ${factsText(t, c)}`}>
      {suggested && <span className="suggested-mark">{t('duplicates.suggested')}</span>}
      <strong>{nameOf(c)}</strong>
      <span className="muted">{c.phone}</span>
      {c.company !== null && <span className="muted">{c.company}</span>}
      <dl className="duplicate-facts">
        {facts.map(([label, value]) => (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </Fragment>
        ))}
      </dl>
      <button type="button" className={suggested ? 'button-primary' : 'button-quiet'} onClick={onKeep}>
        {t('duplicates.keepThis', { facts: factsText(t, c) })}
      </button>
    </section>
  );
}

function DuplicatesList({ currency, onMerged }: Pick<Props, 'currency' | 'onMerged'>) {
  const { t } = useTranslation();
  const { groups, plan, hidden, merged, preview, unmerge, merge, keepApart } = useDuplicates(onMerged);

  if (groups === null) return <p className="muted">{t('app.loading')}</p>;
  const visible = groups.filter((g) => !hidden.has(`${g.reason}:${g.key}`));
  return (
    <>
      {merged !== null && (
        <p className="merge-done">
          {t('duplicates.merged', { name: nameOf(merged.survivor) })}{' '}
          <button type="button" className="link-button" onClick={() => void unmerge(merged)}>
            {t('duplicates.undo')}
          </button>
        </p>
      )}
      {visible.length === 0 ? (
        <p className="muted">{t('duplicates.none')}</p>
      ) : (
        <ul className="duplicates">
          {visible.map((group) => (
            <DuplicateGroup
              key={`${group.reason}:${group.key}`}
              group={group}
              currency={currency}
              plan={plan?.key === `${group.reason}:${group.key}` ? plan.plan : null}
              onPreview={(survivorId, otherId) => void preview(`${group.reason}:${group.key}`, survivorId, otherId)}
              onMerge={(p) => void merge(p)}
              onKeepApart={() => void keepApart(`${group.reason}:${group.key}`, group)}
            />
          ))}
        </ul>
      )}
    </>
  );
}

interface GroupProps {
  group: Group;
  currency: string;
  plan: Plan | null;
  onPreview(survivorId: string, otherId: string): void;
  onMerge(plan: Plan): void;
  onKeepApart(): void;
}

/** The records of one likely person, the suggested one first, with the merge plan once one is chosen. */
function DuplicateGroup({ group, currency, plan, onPreview, onMerge, onKeepApart }: GroupProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const reason = t(`duplicates.reasons.${group.reason}`);
  return (
    <li className="duplicate-group" aria-label={`${reason} ${group.key}`}>
      <p className="muted">{t('duplicates.groupTitle', { reason, key: group.key })}</p>
      <div className="duplicate-pair">
        {group.customers.map((c) => {
          // Keeping this one merges the next of the group into it; a group of three takes two merges.
          const other = group.customers.find((x) => x.id !== c.id);
          return (
            <DuplicateCard
              key={c.id}
              c={c}
              suggested={c.id === group.suggestedId}
              currency={currency}
              onKeep={() => {
                if (other !== undefined) onPreview(c.id, other.id);
              }}
            />
          );
        })}
      </div>
      <div className="dialog-actions">
        <button type="button" className="button-quiet" onClick={onKeepApart}>
          {t('duplicates.keepBoth')}
        </button>
      </div>
      {plan !== null && (
        <div className="merge-plan" role="note">
          <p>
            {t('duplicates.plan', { ...plan.moves, phones: plan.phones.join(' / '), tags: plan.tags.join(', ') || '—' })}
            {foldCount(plan) > 0 && t('duplicates.folds', { count: foldCount(plan) })}
            {plan.fills.length > 0 &&
              t('duplicates.fills', {
                fields: plan.fills.map((field) => t(`duplicates.fields.${field}`)).join(t('duplicates.fieldSeparator')),
              })}
            {plan.card !== null &&
              t('duplicates.cardMerge', {
                name: nameOf(plan.other),
                what: cardAmountsText(t, plan.card, (minor) => formatMoney(minor, currency, locale)) || t('duplicates.cardEmpty'),
              })}
            {t('duplicates.keptInDiary', { name: nameOf(plan.survivor) })}
          </p>
          <button type="button" className="button-primary" onClick={() => onMerge(plan)}>
            {t('duplicates.confirm')}
          </button>
        </div>
      )}
    </li>
  );
}

function foldCount(p: Plan): number {
  return p.folds.preferences + p.folds.dates + p.folds.people;
}
