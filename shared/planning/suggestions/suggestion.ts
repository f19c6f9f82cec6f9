import type { SettingsValues } from '../../domain/settings';
import type { WorkingCalendar } from '../calendar';
import type { DayNumber } from '../days';
import type { Evidence } from '../evidence';
import { sortKeys } from '../format';
import type { SecurityHolder } from '../rules/releaseAnalysis';
import type { Suggestion, SuggestionKind } from '../types';

export interface SuggestionContext {
  calendar: WorkingCalendar;
  settings: SettingsValues;
  today: DayNumber;
  evidence: Evidence;
  /** Working days a release needs after a lift (see effectiveBuffer). */
  buffer: number;
  /** Shared by the races of one analysis (see RaceInput.readyMemo). */
  readyMemo: Map<DayNumber, DayNumber>;
  /** Every release name in the plan, to name a point release that does not exist yet. */
  releaseNames: ReadonlySet<string>;
}

type Parts = Omit<
  Suggestion,
  'id' | 'kind' | 'release' | 'dates' | 'recommended' | 'recommendation'
> &
  Partial<Pick<Suggestion, 'dates'>>;

export function suggestion(kind: SuggestionKind, release: string, parts: Parts): Suggestion {
  return {
    id: `${kind}|${release}|${parts.subject ?? ''}`,
    kind,
    release,
    dates: {},
    recommended: null,
    recommendation: null,
    ...parts,
  };
}

/** `<name>.1`, or the next free `<name>.N` when that exists already. */
export function pointReleaseName(name: string, existing: ReadonlySet<string>): string {
  let n = 1;
  while (existing.has(`${name}.${n}`)) n++;
  return `${name}.${n}`;
}

export function uniqueKeys(holders: readonly SecurityHolder[]): string[] {
  return sortKeys(new Set(holders.map((b) => b.entry.key)));
}
