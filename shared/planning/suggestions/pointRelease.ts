import type { Release } from '../../domain/release';
import { dayLabel, isoDateOf, type DayNumber } from '../days';
import { keyList } from '../format';
import type { ReleaseAnalysis } from '../rules/releaseAnalysis';
import type { Suggestion } from '../types';
import { type SuggestionContext, suggestion, pointReleaseName, uniqueKeys } from './suggestion';

export function pointSuggestion(
  release: Release,
  analysis: ReleaseAnalysis,
  context: SuggestionContext,
  pointDay: DayNumber,
): Suggestion {
  const { security, releaseDay, plannedDay, overdue } = analysis;
  const name = release.name;
  const point = pointReleaseName(name, context.releaseNames);
  const keys = uniqueKeys(security);
  const keep = overdue
    ? `Release ${name} on ${dayLabel(releaseDay!)} (the first release day now; it was planned for ${dayLabel(plannedDay!)})`
    : `Keep ${name} on ${dayLabel(releaseDay!)}`;
  return suggestion('POINT_RELEASE', name, {
    subject: null,
    date: isoDateOf(pointDay),
    message: `${keep} without the fixes for ${keyList(keys)}, and ship them in ${point} on ${dayLabel(pointDay)}.`,
    numbers: { daysAfterRelease: pointDay - releaseDay!, holders: security.length },
    apply: {
      type: 'create-point-release',
      release: name,
      name: point,
      date: isoDateOf(pointDay),
      advisories: keys,
      ...(overdue ? { releaseOn: isoDateOf(releaseDay!) } : {}),
    },
  });
}
