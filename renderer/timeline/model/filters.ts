import type { Advisory, AdvisoryStatus } from '../../../shared/domain/advisory';
import type { Severity } from '../../../shared/planning';
import { shownCves, shownTitle } from '../../common/redaction';

export interface TimelineFilters {
  /** One release's lane and the advisories that affect it; null shows all. */
  release: string | null;
  severities: Record<Severity, boolean>;
  suggestions: boolean;
  statuses: Record<AdvisoryStatus, boolean>;
  search: string;
}

export const DEFAULT_FILTERS: TimelineFilters = {
  release: null,
  severities: { error: true, warning: true, info: true },
  suggestions: true,
  statuses: { embargoed: true, public: true, withdrawn: true },
  search: '',
};

/**
 * Whether the search text finds the advisory by key, CVE or title. While
 * presenting, hidden fields are not searched either: a match on a hidden
 * title would give it away.
 */
export function searchMatches(
  advisory: Advisory,
  search: string,
  now: Date,
  presenting: boolean,
): boolean {
  const needle = search.trim().toLowerCase();
  if (needle === '') return true;
  if (advisory.key.toLowerCase().includes(needle)) return true;
  if (shownCves(advisory, now, presenting).some((cve) => cve.toLowerCase().includes(needle)))
    return true;
  return (shownTitle(advisory, now, presenting) ?? '').toLowerCase().includes(needle);
}

/** No filter narrows anything: every advisory is shown without checking each. */
export function showsAllAdvisories(filters: TimelineFilters): boolean {
  return (
    filters.release === null &&
    filters.search.trim() === '' &&
    Object.values(filters.statuses).every(Boolean)
  );
}

export function advisoryShown(
  advisory: Advisory,
  status: AdvisoryStatus,
  filters: TimelineFilters,
  now: Date,
  presenting: boolean,
): boolean {
  if (!filters.statuses[status]) return false;
  if (filters.release !== null && !advisory.affects.includes(filters.release)) return false;
  return searchMatches(advisory, filters.search, now, presenting);
}

export function releaseShown(name: string, filters: TimelineFilters): boolean {
  return filters.release === null || filters.release === name;
}

/** How many filters narrow the view, for the "Clear filters" button. */
export function activeFilterCount(filters: TimelineFilters): number {
  let count = 0;
  if (filters.release !== null) count++;
  if (Object.values(filters.severities).some((on) => !on) || !filters.suggestions) count++;
  if (Object.values(filters.statuses).some((on) => !on)) count++;
  if (filters.search.trim() !== '') count++;
  return count;
}
