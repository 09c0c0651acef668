import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { markCodeUnconfirmed } from './recovery-code';

/**
 * A freshly shown recovery code holds its dialog open until "I have written it down" is ticked:
 * Esc, the close button and Done all say why instead of closing.
 */
export function useCodeAcknowledgement(showing: boolean, close: () => void) {
  const { t } = useTranslation();
  const [writtenDown, setWrittenDown] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  return {
    writtenDown,
    problem,
    setWrittenDown(checked: boolean) {
      setWrittenDown(checked);
      if (checked) setProblem(null);
    },
    tryClose() {
      if (showing && !writtenDown) {
        setProblem(t('protection.notYet'));
        return;
      }
      if (showing) markCodeUnconfirmed(false);
      setWrittenDown(false);
      setProblem(null);
      close();
    },
  };
}
