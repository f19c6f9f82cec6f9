import type { Advisory } from '../domain/advisory';
import type { IsoDate, IsoInstant } from '../domain/dates';
import type { MilestoneKind, Release } from '../domain/release';
import type { SettingsValues } from '../domain/settings';

export type Severity = 'error' | 'warning' | 'info';

export const FINDING_SEVERITY = {
  EMBARGO_AFTER_RELEASE: 'error',
  EMBARGO_IN_BUFFER: 'error',
  EMBARGO_TOO_CLOSE: 'warning',
  EMBARGO_IN_HARD_FREEZE: 'info',
  FOLLOWUP_AFTER_RELEASE: 'error',
  FOLLOWUP_TOO_CLOSE: 'warning',
  EMBARGO_CLUSTER: 'warning',
  PREDISCLOSURE_TOO_SHORT: 'warning',
  EMBARGO_ON_NON_WORKING_DAY: 'warning',
  MILESTONE_ORDER: 'error',
  RELEASE_ON_NON_RELEASE_DAY: 'info',
  LIFT_PASSED_NOT_PUBLIC: 'warning',
} as const satisfies Record<string, Severity>;

export type FindingCode = keyof typeof FINDING_SEVERITY;

export interface Finding {
  /** Stable across recomputes and unique within one analysis: a React key. */
  id: string;
  code: FindingCode;
  severity: Severity;
  /** The release it is about; null for findings about an advisory alone. */
  release: string | null;
  /** The advisory key (e.g. XSA-267), or null. */
  subject: string | null;
  /** The follow-up fix involved. Its summary may be confidential: it is never in `message`. */
  followUp: { id: number; summary: string } | null;
  /** The milestone involved (MILESTONE_ORDER, RELEASE_ON_NON_RELEASE_DAY), or null. */
  milestone: MilestoneKind | null;
  /** An instant for lifts, YYYY-MM-DD for calendar dates. */
  date: IsoDate | IsoInstant;
  /** Names advisories by key only: safe to show, log and mail. */
  message: string;
  /** The figures behind the finding, e.g. daysAfter, workingDaysBefore, windowDays. */
  numbers: Record<string, number>;
}

export type SuggestionKind =
  'SLIP_RELEASE' | 'POINT_RELEASE' | 'BRANCH_AND_REOPEN' | 'MOVE_EMBARGO_NOTE';

/** The single change that applies a suggestion. */
export type ApplyAction =
  /** Set the planned date of the release's first milestone of `kind`, adding one if missing. */
  | { type: 'set-milestone'; release: string; kind: MilestoneKind; date: IsoDate }
  /** Create a release named `name` whose release milestone is planned on `date`. */
  | { type: 'create-release'; name: string; date: IsoDate }
  /**
   * Move an advisory's lift; `predisclosureAt` is set only when the
   * pre-disclosure must move with it to keep the minimum.
   */
  | { type: 'set-lift'; advisory: string; publicAt: IsoInstant; predisclosureAt?: IsoInstant };

export interface Suggestion {
  /** Stable across recomputes and unique within one analysis. */
  id: string;
  kind: SuggestionKind;
  release: string;
  /** The advisory key for MOVE_EMBARGO_NOTE, else null. */
  subject: string | null;
  /** The suggested date (an instant for MOVE_EMBARGO_NOTE). */
  date: IsoDate | IsoInstant;
  message: string;
  numbers: Record<string, number>;
  apply: ApplyAction;
}

export interface PlanInput {
  releases: readonly Release[];
  advisories: readonly Advisory[];
  settings: SettingsValues;
}

export interface Analysis {
  findings: Finding[];
  suggestions: Suggestion[];
}
