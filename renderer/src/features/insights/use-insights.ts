import { useEffect, useState } from 'react';
import type { Insights } from '../../../../shared/contract';
import { useApi } from '../../api';
import { useCall } from '../../app/use-call';

/** The book's insights, fetched once; null until they arrive. */
export function useInsights(): Insights | null {
  const api = useApi();
  const call = useCall();
  const [data, setData] = useState<Insights | null>(null);

  useEffect(() => {
    let live = true;
    // The insights are as of the book's today (its time zone), which the answer carries.
    void call(api.insights({})).then((value) => {
      if (live && value !== null) setData(value);
    });
    return () => {
      live = false;
    };
  }, [api, call]);

  return data;
}
