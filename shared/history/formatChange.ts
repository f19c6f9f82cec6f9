import type { FieldChange, Json } from './fieldDiff';

/** A recorded value on one line: strings quoted (so "" shows), lists and records compact. */
export function formatValue(value: Json): string {
  if (value === null) return '—';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(formatValue).join(', ')}]`;
  const fields = Object.entries(value)
    .filter(([, v]) => v !== null && v !== '')
    .map(([k, v]) => `${k} ${formatValue(v)}`);
  return `{${fields.join(', ')}}`;
}

export const HIDDEN = '[embargoed]';

/**
 * "publicAt: "2018-05-21T12:00:00Z" → "2018-05-22T12:00:00Z"", or with
 * `hide` the confidential parts replaced, naming the place without free text.
 */
export function formatChange(change: FieldChange, hide: boolean): string {
  const redact = hide && change.confidential;
  const field = redact ? change.safeField : change.field;
  const show = (value: Json) => (redact && value !== null ? HIDDEN : formatValue(value));
  if (change.before === null) return `${field}: + ${show(change.after)}`;
  if (change.after === null) return `${field}: − ${show(change.before)}`;
  return `${field}: ${show(change.before)} → ${show(change.after)}`;
}
