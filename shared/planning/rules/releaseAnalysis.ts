// What the rules find about one release, and what they need to know, apart
// from the rules themselves so that the suggestions can read it.

import type { Blocker } from '../../domain/release';
import type { SettingsValues } from '../../domain/settings';
import type { DatedFollowUp, IndexedAdvisory } from '../advisoryIndex';
import type { WorkingCalendar } from '../calendar';
import type { DayNumber } from '../days';
import type { MilestoneView } from '../milestoneState';
import type { Finding } from '../types';

/**
 * What holds a release past its date: an embargo or a follow-up fix that
 * raised an error, or an open blocker that is not an embargo. `day` is when
 * it clears (NaN for a blocker nobody has dated).
 */
export type Holder =
  | { kind: 'embargo'; day: DayNumber; entry: IndexedAdvisory }
  | { kind: 'follow-up'; day: DayNumber; entry: IndexedAdvisory; followUp: DatedFollowUp }
  | { kind: 'blocker'; day: DayNumber; blocker: Blocker };

export type SecurityHolder = Exclude<Holder, { kind: 'blocker' }>;

export interface ReleaseAnalysis {
  readonly findings: readonly Finding[];
  /** Embargoes and follow-ups that hold the release, sorted by day, then key. */
  readonly security: readonly SecurityHolder[];
  /** Open blockers that are not embargoes, in list order; `holds` when they hold the release. */
  readonly others: readonly { holder: Holder & { kind: 'blocker' }; holds: boolean }[];
  /** The day the rules evaluated the release at; null when released or undated. */
  readonly releaseDay: DayNumber | null;
  /** The release's planned date, stale or not; null when released or undated. */
  readonly plannedDay: DayNumber | null;
  readonly views: readonly MilestoneView[];
  readonly overdue: boolean;
  /** The hard code freeze has passed (or is today), or the release has none. */
  readonly pastHardFreeze: boolean;
  /**
   * The latest lift before today that fell on or after the start of the
   * release's buffer before its planned date: the fix the release still
   * needs its working days after, though the lift itself holds nothing.
   */
  readonly lastPastLift: DayNumber | null;
}

export const NOTHING: ReleaseAnalysis = {
  findings: [],
  security: [],
  others: [],
  releaseDay: null,
  plannedDay: null,
  views: [],
  overdue: false,
  pastHardFreeze: false,
  lastPastLift: null,
};

export interface RuleContext {
  calendar: WorkingCalendar;
  settings: SettingsValues;
  today: DayNumber;
  /**
   * Working days a release needs after a lift (see effectiveBuffer): the
   * setting, or more when past releases needed more.
   */
  buffer: number;
}
