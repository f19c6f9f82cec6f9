import type { CallInput } from '../../shared/contract/calls';
import {
  advisoryShape,
  type Advisory,
  type AdvisoryStatus,
  type FollowUpStatus,
} from '../../shared/domain/advisory';
import { isoDate } from '../../shared/domain/dateSchemas';
import { isReleased, type Release } from '../../shared/domain/release';
import { formErrors, problemsFromZod, type FormErrors, type Problem } from '../common/fieldErrors';
import { newRowKey } from '../common/rowKeys';

// The advisory form keeps every field as typed text; instants are edited as
// a UTC date and a UTC time side by side, because that is how embargoes are
// agreed ("Monday 21 May, 12:00 UTC").

export interface FollowUpDraft {
  rowKey: string;
  id?: number;
  summary: string;
  expectedAt: string;
  status: FollowUpStatus;
  /**
   * Its own embargo lift, for a re-issued advisory version ("v2"), typed as
   * "YYYY-MM-DD HH:MM" in UTC; empty when it has none.
   */
  lift: string;
}

export interface AdvisoryDraft {
  key: string;
  title: string;
  cves: string;
  status: AdvisoryStatus;
  predisclosureDate: string;
  predisclosureTime: string;
  publicDate: string;
  publicTime: string;
  affects: string[];
  followUps: FollowUpDraft[];
  notes: string;
  /** Why the embargo moves; asked for only when an edit changes the lift. */
  reason: string;
  /** The advisory mail last pasted, kept so that it can be corrected and read again. */
  mail: string;
  /**
   * Why the pasted mail gave no lift, while the lift is still to be typed:
   * the lift is then empty and marked, never a default the mail did not say.
   */
  liftUnread: string | null;
}

export type AdvisoryValues = CallInput<'advisories.create'>;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export function newFollowUp(): FollowUpDraft {
  return { rowKey: newRowKey(), summary: '', expectedAt: '', status: 'pending', lift: '' };
}

interface DraftDefaults {
  /** HH:MM, the settings' default time of day for a lift. */
  defaultTime: string;
  releases: readonly Release[];
}

export function draftFromAdvisory(
  advisory: Advisory | null,
  defaults: DraftDefaults,
): AdvisoryDraft {
  if (!advisory)
    return {
      key: '',
      title: '',
      cves: '',
      status: 'embargoed',
      predisclosureDate: '',
      predisclosureTime: defaults.defaultTime,
      publicDate: '',
      publicTime: defaults.defaultTime,
      // An advisory affects every release not yet out when it is entered.
      affects: defaults.releases.filter((r) => !isReleased(r)).map((r) => r.name),
      followUps: [],
      notes: '',
      reason: '',
      mail: '',
      liftUnread: null,
    };
  return {
    key: advisory.key,
    title: advisory.title,
    cves: advisory.cves.join(', '),
    status: advisory.status,
    predisclosureDate: advisory.predisclosureAt?.slice(0, 10) ?? '',
    predisclosureTime: advisory.predisclosureAt?.slice(11, 16) ?? defaults.defaultTime,
    publicDate: advisory.publicAt.slice(0, 10),
    publicTime: advisory.publicAt.slice(11, 16),
    affects: [...advisory.affects],
    followUps: advisory.followUps.map((f) => ({
      rowKey: newRowKey(),
      id: f.id,
      summary: f.summary,
      expectedAt: f.expectedAt ?? '',
      status: f.status,
      lift: f.publicAt ? liftText(f.publicAt) : '',
    })),
    notes: advisory.notes,
    reason: '',
    mail: '',
    liftUnread: null,
  };
}

/**
 * Whether the draft moves the embargo of the advisory it edits. The log must
 * say why an embargo moved, so the form then asks for a reason.
 */
export function liftMoved(draft: AdvisoryDraft, original: Pick<Advisory, 'publicAt'> | null) {
  if (!original) return false;
  return (
    draft.publicDate.trim() !== original.publicAt.slice(0, 10) ||
    draft.publicTime.trim() !== original.publicAt.slice(11, 16)
  );
}

/** '2018-06-22T12:00:00Z' as a follow-up's lift is typed: '2018-06-22 12:00'. */
export function liftText(instant: string): string {
  return `${instant.slice(0, 10)} ${instant.slice(11, 16)}`;
}

const LIFT_TEXT = /^(\d{4}-\d{2}-\d{2})(?:[ T]+(\d{1,2}:\d{2}))?(?:\s*(?:UTC|Z))?$/i;

/**
 * A follow-up's lift as typed ("2018-06-22 12:00", or a date alone, which
 * lifts at `defaultTime`), as an instant; null when empty, a problem when it
 * is not a date and time.
 */
export function followUpLift(
  text: string,
  defaultTime: string,
): { instant: string | null; problem: string | null } {
  const typed = text.trim();
  if (typed === '') return { instant: null, problem: null };
  const match = LIFT_TEXT.exec(typed);
  const shape = 'must be a date and time written YYYY-MM-DD HH:MM (UTC)';
  if (!match) return { instant: null, problem: shape };
  const [, day, clock = defaultTime] = match;
  const date = isoDate.safeParse(day);
  if (!date.success) return { instant: null, problem: date.error.issues[0].message };
  const time = clock.padStart(5, '0');
  if (!TIME.test(time)) return { instant: null, problem: shape };
  return { instant: `${day}T${time}:00Z`, problem: null };
}

/** 'CVE-2018-3639, cve-2018-3640' → both, upper-cased, in the order given. */
export function splitCves(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((part) => part.trim().toUpperCase())
    .filter((part) => part !== '');
}

type InstantField = 'predisclosureAt' | 'publicAt';

const PAIR_LABELS: Record<InstantField, { date: string; time: string }> = {
  predisclosureAt: { date: 'Pre-disclosure date', time: 'Pre-disclosure time' },
  publicAt: { date: 'Lift date', time: 'Lift time' },
};

/** A UTC date and time joined into an instant, or the problems with either half. */
function instantOf(
  field: InstantField,
  date: string,
  time: string,
  required: boolean,
  why = 'is required',
): { instant: string | null; problems: Problem[] } {
  const labels = PAIR_LABELS[field];
  const day = date.trim();
  const clock = time.trim();
  if (day === '') {
    return required
      ? {
          instant: null,
          problems: [{ path: `${field}.date`, message: why, label: labels.date }],
        }
      : { instant: null, problems: [] };
  }
  const problems: Problem[] = [];
  const parsed = isoDate.safeParse(day);
  if (!parsed.success)
    problems.push({
      path: `${field}.date`,
      message: parsed.error.issues[0].message,
      label: labels.date,
    });
  if (!TIME.test(clock))
    problems.push({
      path: `${field}.time`,
      message: 'must be a time of day written HH:MM (24-hour, UTC)',
      label: labels.time,
    });
  return { instant: problems.length ? null : `${day}T${clock}:00Z`, problems };
}

export const ADVISORY_FIELD_LABELS: Record<string, string> = {
  key: 'Key',
  title: 'Title',
  cves: 'CVEs',
  status: 'Status',
  predisclosureAt: 'Pre-disclosure',
  'predisclosureAt.date': 'Pre-disclosure date',
  'predisclosureAt.time': 'Pre-disclosure time',
  publicAt: 'Embargo lift',
  'publicAt.date': 'Lift date',
  'publicAt.time': 'Lift time',
  affects: 'Affected releases',
  followUps: 'Follow-ups',
  notes: 'Notes',
  reason: 'Reason for the move',
  summary: 'Summary',
  expectedAt: 'Expected date',
};

/** The follow-up table's columns, in the order errors are listed under a row. */
export const FOLLOW_UP_COLUMNS = ['summary', 'expectedAt', 'status', 'publicAt'] as const;

export function advisoryFieldLabel(field: string): string | undefined {
  const row = /^followUps\[(\d+)\]\.(\w+)$/.exec(field);
  // A follow-up's own lift, not the advisory's.
  if (row?.[2] === 'publicAt') return 'Follow-up lift';
  return ADVISORY_FIELD_LABELS[row ? row[2] : field];
}

export function advisoryFieldKeys(draft: AdvisoryDraft): string[] {
  return [
    ...Object.keys(ADVISORY_FIELD_LABELS).filter(
      (key) => key !== 'summary' && key !== 'expectedAt',
    ),
    ...draft.followUps.flatMap((_, index) =>
      FOLLOW_UP_COLUMNS.map((field) => `followUps[${index}].${field}`),
    ),
  ];
}

export function advisoryErrors(draft: AdvisoryDraft, problems: readonly Problem[]): FormErrors {
  return formErrors(problems, advisoryFieldKeys(draft), advisoryFieldLabel);
}

/**
 * The draft checked field by field with the shared schemas. The order of
 * pre-disclosure and lift is left to the server, whose message says it best.
 */
export function checkAdvisory(
  draft: AdvisoryDraft,
  original: Pick<Advisory, 'publicAt'> | null = null,
):
  | { ok: true; value: AdvisoryValues; reason: string | undefined }
  | { ok: false; errors: FormErrors } {
  const predisclosure = instantOf(
    'predisclosureAt',
    draft.predisclosureDate,
    draft.predisclosureTime,
    false,
  );
  const lift = instantOf(
    'publicAt',
    draft.publicDate,
    draft.publicTime,
    true,
    draft.liftUnread === null
      ? 'is required'
      : 'is required: the pasted mail does not say when the embargo lifts',
  );
  // A re-issue typed as a date alone lifts at the advisory's usual time of day.
  const liftTime = TIME.test(draft.publicTime.trim()) ? draft.publicTime.trim() : '12:00';
  const followUpLifts = draft.followUps.map((f) => followUpLift(f.lift, liftTime));
  const value: AdvisoryValues = {
    key: draft.key,
    title: draft.title.trim(),
    cves: splitCves(draft.cves),
    status: draft.status,
    predisclosureAt: predisclosure.instant,
    // A placeholder keeps the schema check of the other fields going; lift.problems says what is wrong.
    publicAt: lift.instant ?? '1970-01-01T00:00:00Z',
    affects: draft.affects,
    followUps: draft.followUps.map((f, index) => ({
      ...(f.id === undefined ? {} : { id: f.id }),
      summary: f.summary,
      expectedAt: f.expectedAt.trim() === '' ? null : f.expectedAt.trim(),
      status: f.status,
      publicAt: followUpLifts[index].instant,
    })),
    notes: draft.notes,
  };
  const parsed = advisoryShape.safeParse(value);
  const moved = liftMoved(draft, original);
  const reason = moved ? draft.reason.trim() : '';
  const problems = [
    ...predisclosure.problems,
    ...lift.problems,
    ...followUpLifts.flatMap(({ problem }, index) =>
      problem ? [{ path: `followUps[${index}].publicAt`, message: problem }] : [],
    ),
    ...(parsed.success ? [] : problemsFromZod(parsed.error)),
    // The same words as the server, which insists on it too.
    ...(moved && reason === '' ? [{ path: 'reason', message: 'say why the embargo moves' }] : []),
  ];
  if (problems.length === 0) return { ok: true, value, reason: reason || undefined };
  return { ok: false, errors: advisoryErrors(draft, problems) };
}

/** The key after the highest of the most used prefix: 'XSA-474' after XSA-473. */
export function suggestKey(advisories: readonly Pick<Advisory, 'key'>[]): string {
  const counts = new Map<string, number>();
  const highest = new Map<string, number>();
  for (const { key } of advisories) {
    const match = /^([A-Za-z][A-Za-z0-9]*)-(\d+)$/.exec(key);
    if (!match) continue;
    const prefix = match[1].toUpperCase();
    counts.set(prefix, (counts.get(prefix) ?? 0) + 1);
    highest.set(prefix, Math.max(highest.get(prefix) ?? 0, Number(match[2])));
  }
  const [prefix] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? ['XSA'];
  return `${prefix}-${(highest.get(prefix) ?? 0) + 1}`;
}
