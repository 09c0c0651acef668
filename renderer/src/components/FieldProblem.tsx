/** What is wrong with a field, shown right under it; `id` is what the field's aria-describedby names. */
export function FieldProblem({ id, text }: { id: string; text: string | undefined }) {
  if (text === undefined) return null;
  return (
    <small id={id} className="field-problem">
      {text}
    </small>
  );
}

/** The attributes that tie a field to its problem for screen readers. */
export function problemAttributes(id: string, text: string | undefined) {
  return text === undefined ? {} : { 'aria-invalid': true, 'aria-describedby': id };
}
