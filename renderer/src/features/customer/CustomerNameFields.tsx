import { useTranslation } from 'react-i18next';
import { maxNameLength } from '../../../../shared/contract';
import { suggestAddressAs } from '../../../../shared/domain/salutation';
import { useLocale } from '../../app/locale-context';
import { FieldProblem } from '../../components/FieldProblem';
import { LengthNote, nameAttributes } from '../../components/LengthNote';
import type { CustomerForm, FormProblems } from './customer-form';
import type { SetField } from './use-edit-customer';

interface Props {
  form: CustomerForm;
  set: SetField;
  problems: FormProblems;
  problemId: string;
}

/** Who they are and how they are spoken to; the form of address is suggested from name and gender. */
export function CustomerNameFields({ form, set, problems, problemId }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const suggestion = suggestAddressAs(form.name, form.gender, locale);
  return (
    <>
      <div className="field">
        <label>
          <span>{t('details.name')}</span>
          <input
            autoFocus
            value={form.name}
            onChange={(e) => set('name', e.target.value)}
            {...nameAttributes(`${problemId}-name`, problems.name, form.name.length)}
          />
        </label>
        <FieldProblem id={`${problemId}-name`} text={problems.name} />
        <LengthNote id={`${problemId}-name-length`} length={form.name.length} max={maxNameLength} />
      </div>
      <label>
        <span>{t('details.addressAs')}</span>
        <input value={form.addressAs} maxLength={40} placeholder={suggestion} onChange={(e) => set('addressAs', e.target.value)} />
      </label>
      <fieldset className="gender">
        <legend>{t('details.gender')}</legend>
        {([null, 'female', 'male'] as const).map((g) => (
          <label key={g ?? 'unknown'} className="inline">
            <input type="radio" name="gender" checked={form.gender === g} onChange={() => set('gender', g)} />
            {t(`details.${g ?? 'unknown'}`)}
          </label>
        ))}
      </fieldset>
    </>
  );
}
