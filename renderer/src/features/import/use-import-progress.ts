import { useEffect, useState } from 'react';
import type { CallOutput } from '../../../../shared/contract';
import { useApi } from '../../api';

type Progress = CallOutput<'import.progress'>;

const everyMs = 300;

/** While `active`, asks the book how far the import is, a few times a second; null when not known yet. */
export function useImportProgress(active: boolean): Progress | null {
  const api = useApi();
  const [progress, setProgress] = useState<Progress | null>(null);
  useEffect(() => {
    if (!active) return;
    let stopped = false;
    const ask = async () => {
      const answer = await api['import.progress']({});
      if (!stopped && answer.ok) setProgress(answer.value);
    };
    const timer = setInterval(() => void ask(), everyMs);
    return () => {
      stopped = true;
      clearInterval(timer);
      setProgress(null);
    };
  }, [active, api]);
  return active ? progress : null;
}
