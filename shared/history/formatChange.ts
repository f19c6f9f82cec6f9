import { elementValue, fieldLabel, formatShift, liftShift, valueText } from './changeText';
import type { FieldChange, Json } from './fieldDiff';

export const HIDDEN = '[embargoed]';

/**
 * One change on one line, as the app's history dialog says it: "Embargo
 * lift: Mon 21 May 2018 12:00 UTC → Tue 22 May 2018 12:00 UTC (+1 day)". With
 * `hide` the confidential parts are replaced, the place named without free
 * text. In a record's first entry (`created`) a value is just given, not "added".
 */
export function formatChange(change: FieldChange, hide: boolean, created = false): string {
  const redact = hide && change.confidential;
  const label = fieldLabel(redact ? change.safeField : change.field);
  const show = (value: Json) =>
    redact && value !== null ? HIDDEN : valueText(elementValue(change.field, value));
  if (change.before === null) return `${label}: ${created ? '' : 'added '}${show(change.after)}`;
  if (change.after === null) return `${label}: removed (was ${show(change.before)})`;
  const shift = liftShift(change.field, change.before, change.after);
  const moved = shift === null ? '' : ` (${formatShift(shift, true)})`;
  return `${label}: ${show(change.before)} → ${show(change.after)}${moved}`;
}
