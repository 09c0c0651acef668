import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { GreetingSettings } from '../../../../shared/contract/greetings.contract';
import { useApi } from '../../api';
import { useStatus } from '../../app/status';
import { useCall } from '../../app/use-call';
import { ownOccasionsText, parseOwnOccasions } from './own-occasions-text';

/**
 * The greeting settings as edited, the shop's own occasions as the lines typed for them (saved only
 * when every line reads), and saving them.
 */
export function useGreetingSettings() {
  const { t } = useTranslation();
  const api = useApi();
  const call = useCall();
  const { say } = useStatus();
  const [settings, setSettings] = useState<GreetingSettings | null>(null);
  const [own, setOwn] = useState('');
  const [ownBad, setOwnBad] = useState(false);
  const lunarWord = t('greetingSettings.lunarWord');

  useEffect(() => {
    void call(api['greetings.settings']({})).then((s) => {
      if (s === null) return;
      setSettings(s);
      setOwn(ownOccasionsText(s.own, lunarWord));
    });
  }, [api, call, lunarWord]);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (settings === null) return;
    const parsed = parseOwnOccasions(own, settings.own, () => crypto.randomUUID());
    setOwnBad(parsed === null);
    if (parsed === null) return;
    const saved = await call(api['greetings.setSettings']({ ...settings, own: parsed }));
    if (saved === null) return;
    setSettings(saved);
    setOwn(ownOccasionsText(saved.own, lunarWord));
    say(t('greetingSettings.saved'));
  }

  return { settings, setSettings, own, setOwn, ownBad, save };
}
