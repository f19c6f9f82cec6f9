import type { IsoDate } from '../domain/dates';
import type { MilestoneKind } from '../domain/release';
import type { WorkingCalendar } from './calendar';
import { dayNumber, isoDateOf } from './days';
import type { ReleaseTemplate } from './templateSchemas';

// Release templates: the shipped ones, and the milestones a template gives a
// release date. What a valid user-made template is lives in templateSchemas.ts.

export type { ReleaseTemplate, TemplateMilestone } from './templateSchemas';

/** A milestone ready for `releases.create`, as the domain's milestoneInput takes it. */
export interface PlannedMilestone {
  kind: MilestoneKind;
  planned: IsoDate;
  actual: null;
  baseline: null;
  label: string | null;
}

/**
 * Xen 4.16 style. Half weeks are 3½ days, rounded away from the release
 * (10½ weeks = 73½ days → 74): earlier is the safe side for a freeze, and a
 * Tuesday release, the first preferred weekday, then puts every freeze on a
 * Friday as Xen does (Tue − 4 days). Branching is exactly two weeks before,
 * on the release's own weekday.
 */
export const XEN_416_TEMPLATE: ReleaseTemplate = {
  name: 'Xen 4.16 style',
  milestones: [
    { kind: 'last-posting', label: null, offsetDays: -74 },
    { kind: 'feature-freeze', label: null, offsetDays: -53 },
    { kind: 'code-freeze', label: null, offsetDays: -32 },
    { kind: 'hard-code-freeze', label: null, offsetDays: -18 },
    { kind: 'branch', label: null, offsetDays: -14 },
    { kind: 'release', label: null, offsetDays: 0 },
  ],
};

/** Nothing but the release date; milestones are added by hand. */
export const CUSTOM_TEMPLATE: ReleaseTemplate = { name: 'Custom', milestones: [] };

export const SHIPPED_TEMPLATES: readonly ReleaseTemplate[] = [XEN_416_TEMPLATE, CUSTOM_TEMPLATE];

export interface TemplateOptions {
  /**
   * When given, milestones other than the release that fall on a non-working
   * day move back to the working day before (a freeze is announced early,
   * not late).
   */
  calendar?: WorkingCalendar;
}

/**
 * The milestones of a new release from a template and its target release
 * date, in template order. A template without a release milestone (the
 * custom one) still gets one on the target date, so the date is not lost.
 */
export function milestonesFromTemplate(
  template: ReleaseTemplate,
  releaseDate: IsoDate,
  options: TemplateOptions = {},
): PlannedMilestone[] {
  const target = dayNumber(releaseDate);
  if (!Number.isFinite(target)) throw new RangeError(`not a calendar date: ${releaseDate}`);
  const { calendar } = options;
  const milestones = template.milestones.map((m): PlannedMilestone => {
    let day = target + m.offsetDays;
    if (calendar && m.kind !== 'release') {
      while (!calendar.isWorkingDay(day)) day--;
    }
    return { kind: m.kind, planned: isoDateOf(day), actual: null, baseline: null, label: m.label };
  });
  if (!milestones.some((m) => m.kind === 'release')) {
    milestones.push({
      kind: 'release',
      planned: releaseDate,
      actual: null,
      baseline: null,
      label: null,
    });
  }
  return milestones;
}
