import type { AdvisoryDefaults } from '../../shared/advisories/defaults';
import type { AdvisoryDraft } from './advisoryDraft';

type DefaultedField =
  'key' | 'predisclosureDate' | 'predisclosureTime' | 'publicDate' | 'publicTime' | 'affects';

const DEFAULTED: readonly DefaultedField[] = [
  'key',
  'predisclosureDate',
  'predisclosureTime',
  'publicDate',
  'publicTime',
  'affects',
];

const same = (a: string | string[], b: string | string[]) =>
  JSON.stringify(a) === JSON.stringify(b);

/**
 * The server's defaults for a new advisory put into a form the user may
 * already be typing in: the defaults arrive a moment after the form opens,
 * and must not overwrite what was typed meanwhile. A field still as the form
 * started (`initial`) takes the default; any other keeps its text.
 */
export function withDefaults(
  draft: AdvisoryDraft,
  initial: AdvisoryDraft,
  defaults: AdvisoryDefaults,
): AdvisoryDraft {
  const offered: Pick<AdvisoryDraft, DefaultedField> = {
    key: defaults.key,
    predisclosureDate: defaults.predisclosureAt.slice(0, 10),
    predisclosureTime: defaults.predisclosureAt.slice(11, 16),
    publicDate: defaults.publicAt.slice(0, 10),
    publicTime: defaults.publicAt.slice(11, 16),
    affects: defaults.affects,
  };
  const next = { ...draft };
  // A pasted mail that gave no lift left it empty on purpose: no default.
  const liftKept = draft.liftUnread !== null;
  for (const field of DEFAULTED) {
    if (!same(draft[field], initial[field])) continue;
    if (liftKept && (field === 'publicDate' || field === 'publicTime')) continue;
    if (field === 'affects') next.affects = offered.affects;
    else next[field] = offered[field];
  }
  return next;
}
