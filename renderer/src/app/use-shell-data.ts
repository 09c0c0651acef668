import { useEffect, useState } from 'react';
import type { Settings } from '../../../shared/contract';
import { useApi } from '../api';

/**
 * The settings, fetched once here and handed down (pages that need them do not fetch them again),
 * whether the open book is the sample, and a key that bumps when the customer list should reload.
 */
export function useShellData() {
  const api = useApi();
  const [settings, setSettings] = useState<Settings | undefined>(undefined);
  const [refreshKey, setRefreshKey] = useState(0);
  const [sampleOpen, setSampleOpen] = useState(false);

  useEffect(() => {
    void api['settings.get']({}).then((r) => {
      if (r.ok) setSettings(r.value);
    });
    void api['book.status']({}).then((r) => {
      if (r.ok) setSampleOpen(r.value.kind === 'sample');
    });
  }, [api]);

  return {
    settings,
    setSettings,
    currency: settings?.currency ?? 'CNY',
    refreshKey,
    refresh: () => setRefreshKey((k) => k + 1),
    sampleOpen,
  };
}
