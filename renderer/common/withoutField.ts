import type { FormErrors } from './fieldErrors';

/** Which errors an edit makes stale: one field's, or every row's once rows shift. */
export type Touched = { field: string } | { rows: true } | null;

/** The errors minus those of one field (the user is fixing it), or minus every field matching a prefix. */
export function withoutField(errors: FormErrors, field: string, prefix = false): FormErrors {
  const fields = Object.fromEntries(
    Object.entries(errors.fields).filter(([key]) =>
      prefix ? !key.startsWith(field) : key !== field && !key.startsWith(`${field}.`),
    ),
  );
  return Object.keys(fields).length === Object.keys(errors.fields).length
    ? errors
    : { ...errors, fields };
}

/** The errors left once the user has touched a field, or moved rows of the list named `rowsOf`. */
export function withoutTouched(errors: FormErrors, touched: Touched, rowsOf: string): FormErrors {
  if (touched === null) return errors;
  return 'rows' in touched
    ? withoutField(errors, `${rowsOf}[`, true)
    : withoutField(errors, touched.field);
}
