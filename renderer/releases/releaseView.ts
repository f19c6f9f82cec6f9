import type { Milestone, Release } from '../../shared/domain/release';
import { isReleased, releaseDate } from '../../shared/domain/release';

export interface MilestoneRow {
  milestone: Milestone;
  /** It happened (an actual date is recorded). */
  done: boolean;
  /** The first milestone still ahead of a planned release: what the team works towards. */
  next: boolean;
  /** The planned date moved away from the original plan. */
  slipped: boolean;
}

/** A release's milestones in date order, with what a reader needs to see at a glance. */
export function milestoneRows(release: Release, today: string): MilestoneRow[] {
  const sorted = [...release.milestones].sort(
    (a, b) => a.planned.localeCompare(b.planned) || a.id - b.id,
  );
  const released = isReleased(release);
  const next = released ? undefined : sorted.find((m) => m.actual === null && m.planned >= today);
  return sorted.map((milestone) => ({
    milestone,
    done: milestone.actual !== null,
    next: milestone === next,
    slipped: milestone.baseline !== null && milestone.baseline !== milestone.planned,
  }));
}

export interface ReleaseSummary {
  released: boolean;
  /** The release milestone's date (actual once it happened), if it has one. */
  date: string | null;
}

export function summariseRelease(release: Release): ReleaseSummary {
  return { released: isReleased(release), date: releaseDate(release) };
}
