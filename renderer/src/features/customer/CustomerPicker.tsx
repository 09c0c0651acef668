import { useEffect, useState } from 'react';
import type { LookupHit } from '../../../../shared/contract';
import { useApi } from '../../api';

interface Props {
  /** The customer being edited, never offered as a choice. */
  customerId: string;
  label: string;
  value: { id: string; name: string } | null;
  onChange(value: { id: string; name: string } | null): void;
}

/** Picks another customer (a referrer, a linked key person) with the same lookup as at the counter. */
export function CustomerPicker({ customerId, label, value, onChange }: Props) {
  const api = useApi();
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<LookupHit[]>([]);

  useEffect(() => {
    const q = query.trim();
    let live = true;
    void (q === '' ? Promise.resolve(null) : api.lookup({ query: q, limit: 5 })).then((reply) => {
      if (live) setHits(reply !== null && reply.ok ? reply.value.hits.filter((h) => h.customerId !== customerId) : []);
    });
    return () => {
      live = false;
    };
  }, [api, customerId, query]);

  if (value !== null) {
    return (
      <span className="referrer">
        {value.name}{' '}
        <button type="button" className="icon-button" aria-label={`${label} ×`} onClick={() => onChange(null)}>
          ×
        </button>
      </span>
    );
  }
  return (
    <span className="referrer">
      <input aria-label={label} placeholder={label} value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" />
      {query.trim() !== '' && hits.length > 0 && (
        <span className="chips">
          {hits.map((h) => (
            <button
              key={h.customerId}
              type="button"
              className="chip"
              onClick={() => {
                onChange({ id: h.customerId, name: h.name });
                setQuery('');
              }}
            >
              {h.name}
              {h.phoneTail !== null && ` …${h.phoneTail}`}
            </button>
          ))}
        </span>
      )}
    </span>
  );
}
