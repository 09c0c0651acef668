import { useTranslation } from 'react-i18next';
import type { Recall } from '../../../../shared/contract';
import type { Tier } from '../../../../shared/domain/customer-value';
import { RecallMemberCard } from '../cards/RecallMemberCard';
import { ValueLine } from '../value/ValueLine';
import { Clamped } from './Clamped';
import { RecallFact } from './RecallFact';
import { RecallFactPairs } from './RecallFactPairs';
import { RecallHead } from './RecallHead';
import { RecallLastPurchase } from './RecallLastPurchase';
import { useRelativeDay } from './use-relative-day';

/** Who this is, at a glance across the counter: how to greet them, when they were last here, what they bought and like. */
export function RecallCard({
  recall,
  now,
  currency = 'CNY',
  onSetTier,
  onPunch,
}: {
  recall: Recall;
  now: Date;
  currency?: string;
  onSetTier?: (tier: Tier | null, reason: string) => Promise<boolean>;
  onPunch?: (punchId: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const ago = useRelativeDay(now);
  return (
    <section className="recall-card" aria-label={recall.displayAddressAs}>
      <RecallHead recall={recall} now={now} />
      {recall.value !== null && <ValueLine value={recall.value} currency={currency} onSetTier={onSetTier} />}
      <dl className="recall-facts">
        <RecallFact term={t('recall.lastPurchase')}>
          <RecallLastPurchase purchase={recall.lastPurchase} />
        </RecallFact>
        {recall.card !== null && <RecallMemberCard card={recall.card} now={now} onPunch={onPunch} />}
        {recall.openComplaints.length > 0 && (
          <RecallFact term={t('recall.complaints')}>
            <Clamped text={recall.openComplaints.map((c) => c.text).join(t('recall.listSeparator'))} className="recall-alert" />
          </RecallFact>
        )}
      </dl>
      <RecallFactPairs recall={recall} now={now} />
      {recall.lastLine !== null && (
        <dl className="recall-facts">
          <RecallFact
            term={
              <>
                {t('recall.lastLine')}
                <span className="recall-when">{ago(recall.lastLine.occurredAt)}</span>
              </>
            }
          >
            <Clamped text={`“${recall.lastLine.text}”`} className="recall-last-line" />
          </RecallFact>
        </dl>
      )}
    </section>
  );
}
