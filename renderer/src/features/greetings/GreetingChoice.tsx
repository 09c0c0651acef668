import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api';
import { GreetingsDialog } from '../../app/dialogs';
import { useCall } from '../../app/use-call';

/**
 * On a customer's page: their own choice about marketing (every batch respects it), and a
 * "we missed you" greeting drafted from their diary, which a no-marketing customer is not offered.
 */
export function GreetingChoice({ customerId, onRecorded }: { customerId: string; onRecorded(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const call = useCall();
  const [noMarketing, setNoMarketing] = useState<boolean | null>(null);
  const [writing, setWriting] = useState(false);

  useEffect(() => {
    let live = true;
    void api['greetings.choice']({ customerId }).then((reply) => {
      if (live && reply.ok) setNoMarketing(reply.value.noMarketing);
    });
    return () => {
      live = false;
    };
  }, [api, customerId]);

  async function change(value: boolean) {
    const saved = await call(api['greetings.setChoice']({ customerId, noMarketing: value }));
    if (saved !== null) setNoMarketing(saved.noMarketing);
  }

  if (noMarketing === null) return null;
  return (
    <div className="greeting-choice">
      <label className="check">
        <input type="checkbox" checked={noMarketing} onChange={(e) => void change(e.target.checked)} /> {t('greetings.noMarketing')}
      </label>
      {!noMarketing && (
        <button type="button" className="button-quiet" onClick={() => setWriting(true)}>
          {t('greetings.winBack')}
        </button>
      )}
      {writing && (
        <GreetingsDialog
          open
          occasion={{ kind: 'win_back' }}
          audience={{ customerIds: [customerId] }}
          onClose={() => setWriting(false)}
          onRecorded={onRecorded}
        />
      )}
    </div>
  );
}
