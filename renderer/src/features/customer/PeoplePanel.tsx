import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyPerson } from '../../../../shared/contract';
import { useApi } from '../../api';
import { hrefFor } from '../../app/use-route';
import { useCall } from '../../app/use-call';
import { CustomerPicker } from './CustomerPicker';

/** The people around a customer: spouse, children, assistant, boss. */
export function PeoplePanel({ customerId, people, onChanged }: { customerId: string; people: KeyPerson[]; onChanged(): void }) {
  const api = useApi();
  const call = useCall();
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [relation, setRelation] = useState('');
  const [linked, setLinked] = useState<{ id: string; name: string } | null>(null);

  async function add(event: FormEvent) {
    event.preventDefault();
    if (name.trim() === '' || relation.trim() === '') return;
    if (
      (await call(
        api['people.set']({ customerId, name: name.trim(), relation: relation.trim(), linkedCustomerId: linked?.id ?? null }),
      )) === null
    )
      return;
    setName('');
    setRelation('');
    setLinked(null);
    onChanged();
  }

  async function remove(id: string) {
    if ((await call(api['people.remove']({ id }))) !== null) onChanged();
  }

  return (
    <section className="panel" aria-labelledby="people-title">
      <h2 id="people-title">{t('people.title')}</h2>
      {people.length === 0 && <p className="muted">{t('people.none')}</p>}
      <ul className="panel-list">
        {people.map((p) => (
          <li key={p.id}>
            <span className="grow">
              {p.linkedCustomerId !== null ? (
                <a href={hrefFor({ name: 'customer', id: p.linkedCustomerId })}>
                  <strong>{p.name}</strong>
                </a>
              ) : (
                <strong>{p.name}</strong>
              )}{' '}
              <span className="muted">{p.relation}</span>
            </span>
            <button
              type="button"
              className="icon-button"
              aria-label={t('people.remove', { name: p.name })}
              onClick={() => void remove(p.id)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <form className="small-form" onSubmit={(e) => void add(e)}>
        <input aria-label={t('people.name')} placeholder={t('people.name')} value={name} onChange={(e) => setName(e.target.value)} />
        <input
          aria-label={t('people.relation')}
          placeholder={t('people.relationPlaceholder')}
          value={relation}
          onChange={(e) => setRelation(e.target.value)}
        />
        <CustomerPicker
          customerId={customerId}
          label={t('people.link')}
          value={linked}
          onChange={(v) => {
            setLinked(v);
            if (v !== null && name.trim() === '') setName(v.name);
          }}
        />
        <button type="submit" className="button-quiet">
          {t('people.add')}
        </button>
      </form>
    </section>
  );
}
