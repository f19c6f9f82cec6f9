import type { Advisory } from '../domain/advisory';
import type { IsoDate, IsoInstant } from '../domain/dates';
import type { BlockerKind, MilestoneKind, Release } from '../domain/release';
import type { SettingsValues } from '../domain/settings';
import type { Evidence } from './evidence';

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
  /** An overdue release is an error; any other overdue milestone a warning. */
  MILESTONE_OVERDUE: 'error',
  /** A branch or release on a holiday is a warning; a freeze on one a note. */
  MILESTONE_ON_HOLIDAY: 'warning',
  /** An open bug, test gate or other blocker that holds the release (or has no expected date). */
  BLOCKER_OPEN: 'error',
  /** An embargoed advisory whose lift has passed and nobody marked public. */
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
  /** The release blocker involved (BLOCKER_OPEN), or null. */
  blocker: { id: number; title: string } | null;
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
  /**
   * Create the point release `name` (release milestone on `date`) and move
   * the fixes of `advisories` into it: they no longer hold `release`.
   */
  | {
      type: 'create-point-release';
      release: string;
      name: string;
      date: IsoDate;
      advisories: string[];
      /** For an overdue release: re-plan it on this day, the one the suggestion keeps. */
      releaseOn?: IsoDate;
    }
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
  /** Other dates behind the suggestion, e.g. `p90` for a slip, by name. */
  dates: Record<string, IsoDate>;
  /**
   * When slipping and a point release both apply, exactly one of them is
   * recommended and `recommendation` says why; null for the other kinds.
   */
  recommended: boolean | null;
  recommendation: string | null;
  apply: ApplyAction;
}

export interface PlanInput {
  releases: readonly Release[];
  advisories: readonly Advisory[];
  settings: SettingsValues;
}

/** Where a release stands as of the analysis day. */
export interface ReleaseStanding {
  release: string;
  /** `released`; `overdue` when its planned date passed without it; else `planned`. */
  state: 'released' | 'planned' | 'overdue';
  /** YYYY-MM-DD the rules evaluated the release at (see MilestoneView.effectiveDay); null if undated. */
  effectiveDate: IsoDate | null;
  /** Advisory keys whose embargo or follow-up holds it, in key order. */
  heldBySecurity: string[];
  /** Open blockers that are not embargoes (titles), in list order. */
  openBlockers: { id: number; title: string; kind: BlockerKind; holds: boolean }[];
  /**
   * Past (or at) its hard code freeze, held by embargoes or their follow-ups
   * and by nothing else: the moment to branch and reopen master.
   */
  onlyWaitingOnSecurity: boolean;
}

export interface Analysis {
  findings: Finding[];
  suggestions: Suggestion[];
  /** One per release in the plan, in the order of findings. */
  releases: ReleaseStanding[];
  /** What the plan's own history says, and what stands in for it. */
  evidence: Evidence;
}

/** What an analysis says of no plan at all (before one has loaded). */
export const NO_ANALYSIS: Analysis = {
  findings: [],
  suggestions: [],
  releases: [],
  evidence: {
    releasedReleases: 0,
    buffer: { source: 'settings', workingDays: 0, samples: [], min: null, max: null },
    waits: { source: 'settings', medianDays: null, samples: [] },
    lead: { source: 'settings', days: 0, samples: 0 },
    batches: {
      perDay: 0,
      count: 0,
      advisories: 0,
      meanSize: 1,
      windowDays: 365,
      windowEnd: 0,
      stale: false,
    },
    followUps: { share: 0, advisories: 0 },
  },
};
