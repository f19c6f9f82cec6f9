import type { SettingsValues } from '../../shared/domain/settings';
import { calendarFor, milestonesFromTemplate, type ReleaseTemplate } from '../../shared/planning';
import { newMilestone, type MilestoneDraft } from '../releases/releaseDraft';

/**
 * The milestone rows of the release form, filled from a template and a target
 * release date with the same rule the backend uses: freezes that would land
 * on a weekend or holiday move to the working day before.
 */
export function rowsFromTemplate(
  template: ReleaseTemplate,
  releaseDate: string,
  settings: SettingsValues,
): MilestoneDraft[] {
  return milestonesFromTemplate(template, releaseDate, { calendar: calendarFor(settings) }).map(
    (m) => ({ ...newMilestone(m.kind), planned: m.planned, label: m.label ?? '' }),
  );
}
