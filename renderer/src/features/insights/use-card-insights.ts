import { useEffect, useState } from 'react';
import type { CardInsights } from '../../../../shared/contract';
import { useApi } from '../../api';
import { useCall } from '../../app/use-call';

/** The member cards' insights, fetched once; null until they arrive. */
export function useCardInsights(): CardInsights | null {
  const api = useApi();
  const call = useCall();
  const [data, setData] = useState<CardInsights | null>(null);

  useEffect(() => {
    let live = true;
    void call(api['insights.cards']({})).then((value) => {
      if (live && value !== null) setData(value);
    });
    return () => {
      live = false;
    };
  }, [api, call]);

  return data;
}
