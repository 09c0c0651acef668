import { useTranslation } from 'react-i18next';
import { FieldProblem, problemAttributes } from '../../components/FieldProblem';
import type { CustomerForm, FormProblems } from './customer-form';
import type { SetField } from './use-edit-customer';

interface Props {
  form: CustomerForm;
  set: SetField;
  problems: FormProblems;
  problemId: string;
}

/** How to reach them, where they work, and their tags. */
export function CustomerContactFields({ form, set, problems, problemId }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <div className="field">
        <label>
          <span>{t('details.phones')}</span>
          <textarea
            rows={2}
            value={form.phones}
            onChange={(e) => set('phones', e.target.value)}
            {...problemAttributes(`${problemId}-phones`, problems.phones)}
          />
        </label>
        <FieldProblem id={`${problemId}-phones`} text={problems.phones} />
      </div>
      <div className="field">
        <label>
          <span>{t('details.email')}</span>
          <input
            type="email"
            value={form.email}
            onChange={(e) => set('email', e.target.value)}
            {...problemAttributes(`${problemId}-email`, problems.email)}
          />
        </label>
        <FieldProblem id={`${problemId}-email`} text={problems.email} />
      </div>
      <label>
        <span>{t('details.company')}</span>
        <input value={form.company} onChange={(e) => set('company', e.target.value)} />
      </label>
      <label>
        <span>{t('details.jobTitle')}</span>
        <input value={form.title} onChange={(e) => set('title', e.target.value)} />
      </label>
      <div className="field">
        <label>
          <span>{t('details.tags')}</span>
          <input
            value={form.tags}
            onChange={(e) => set('tags', e.target.value)}
            {...problemAttributes(`${problemId}-tags`, problems.tags)}
          />
        </label>
        <FieldProblem id={`${problemId}-tags`} text={problems.tags} />
      </div>
    </>
  );
}
