import type { FormErrors } from './fieldErrors';

/**
 * The announcement that a save failed. It is a live region that is always in
 * the page, so a screen reader hears it; the specific messages sit beside
 * their fields, and focus moves to the first of them.
 */
export function FormProblems({ errors }: { errors: FormErrors }) {
  const fieldCount = Object.keys(errors.fields).length;
  const empty = fieldCount === 0 && errors.general.length === 0;
  return (
    <div role="alert" className={empty ? 'form-problems is-empty' : 'form-problems'}>
      {empty ? null : (
        <>
          <p className="form-problems-title">
            Nothing was saved.
            {fieldCount > 0
              ? ` ${fieldCount === 1 ? 'One field needs' : `${fieldCount} fields need`} attention.`
              : null}
          </p>
          {errors.general.length > 0 ? (
            <ul>
              {errors.general.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          ) : null}
        </>
      )}
    </div>
  );
}
