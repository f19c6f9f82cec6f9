import type { IsoDate } from '../domain/dates';
import type { Milestone, MilestoneKind, Release } from '../domain/release';
import { dayNumber } from './days';

// When a release slips, its original plan stays as the baseline so the
// timeline can show planned against current and actual.

export interface MilestoneSlip {
  id: number;
  kind: MilestoneKind;
  label: string | null;
  baseline: IsoDate | null;
  /** The actual date once it happened, else the current plan. */
  current: IsoDate;
  happened: boolean;
  /** Calendar days later than the baseline (negative: earlier); null without a baseline. */
  slipDays: number | null;
}

export function slipAgainstBaseline(release: Pick<Release, 'milestones'>): MilestoneSlip[] {
  return release.milestones.map((m: Milestone) => {
    const current = m.actual ?? m.planned;
    return {
      id: m.id,
      kind: m.kind,
      label: m.label,
      baseline: m.baseline,
      current,
      happened: m.actual !== null,
      slipDays: m.baseline === null ? null : dayNumber(current) - dayNumber(m.baseline),
    };
  });
}

/** The milestones with their current plan committed as the new baseline. */
export function commitBaseline<T extends { planned: IsoDate; baseline?: IsoDate | null }>(
  milestones: readonly T[],
): (T & { baseline: IsoDate })[] {
  return milestones.map((m) => ({ ...m, baseline: m.planned }));
}
