import type { Advisory, FollowUp } from '../../../shared/domain/advisory';
import { addCalendarDays } from '../../../shared/domain/dates';
import type { Release } from '../../../shared/domain/release';
import { DAY_MS } from '../geometry/scale';

// A drag (or Alt+arrows) moves one date of a copy of the plan; the analyser
// runs on that copy, so the warnings follow the pointer before anything is
// written. Only the moved release or advisory is a new object: the
// analyser reuses its work for all the others.

export type Preview =
  | { type: 'milestone'; releaseId: number; milestoneId: number; date: string }
  | { type: 'lift'; advisoryId: number; publicAt: string }
  | { type: 'follow-up'; advisoryId: number; followUpId: number; date: string };

export interface PlanLists {
  releases: readonly Release[];
  advisories: readonly Advisory[];
}

export function applyPreview<P extends PlanLists>(plan: P, preview: Preview | null): P {
  if (!preview) return plan;
  if (preview.type === 'milestone') {
    return {
      ...plan,
      releases: plan.releases.map((r) =>
        r.id !== preview.releaseId
          ? r
          : {
              ...r,
              milestones: r.milestones.map((m) =>
                m.id === preview.milestoneId ? { ...m, planned: preview.date } : m,
              ),
            },
      ),
    };
  }
  if (preview.type === 'follow-up') {
    return {
      ...plan,
      advisories: plan.advisories.map((a) =>
        a.id !== preview.advisoryId
          ? a
          : {
              ...a,
              followUps: a.followUps.map((f) =>
                f.id === preview.followUpId ? { ...f, expectedAt: preview.date } : f,
              ),
            },
      ),
    };
  }
  return {
    ...plan,
    advisories: plan.advisories.map((a) =>
      a.id === preview.advisoryId ? { ...a, publicAt: preview.publicAt } : a,
    ),
  };
}

/**
 * A follow-up fix can be moved on the timeline when it is placed by its
 * expected date; one with its own lift (a re-issued advisory) moves in the editor.
 */
export function followUpMovable(followUp: Pick<FollowUp, 'expectedAt' | 'publicAt'>): boolean {
  return followUp.publicAt === null && followUp.expectedAt !== null;
}

/** The one write that moves a follow-up fix's expected date. */
export function followUpWrite(advisory: Advisory, followUpId: number, date: string) {
  return {
    id: advisory.id,
    revision: advisory.revision,
    followUps: advisory.followUps.map((f) =>
      f.id === followUpId ? { ...f, expectedAt: date } : f,
    ),
  };
}

/** The lift moved by whole days, keeping its time of day. */
export function shiftInstant(instant: string, days: number): string {
  return new Date(Date.parse(instant) + days * DAY_MS).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function shiftDate(date: string, days: number): string {
  return addCalendarDays(date, days);
}

/**
 * The latest a lift may be dragged back to: its pre-disclosure, which the
 * backend would refuse to see come after it.
 */
export function clampLift(advisory: Pick<Advisory, 'predisclosureAt'>, publicAt: string): string {
  if (advisory.predisclosureAt && publicAt < advisory.predisclosureAt)
    return advisory.predisclosureAt;
  return publicAt;
}

/** The one write that moves a milestone: the release with that milestone's planned date changed. */
export function milestoneWrite(release: Release, milestoneId: number, date: string) {
  return {
    id: release.id,
    revision: release.revision,
    milestones: release.milestones.map((m) => (m.id === milestoneId ? { ...m, planned: date } : m)),
  };
}

export function liftWrite(
  advisory: Advisory,
  publicAt: string,
  reason: string,
  predisclosureAt?: string,
) {
  return {
    id: advisory.id,
    revision: advisory.revision,
    publicAt,
    ...(predisclosureAt === undefined ? {} : { predisclosureAt }),
    reason,
  };
}

/** What the preview changes, for the live region and the move dialog. */
export function previewDays(plan: PlanLists, preview: Preview): number {
  if (preview.type === 'milestone') {
    const m = plan.releases
      .find((r) => r.id === preview.releaseId)
      ?.milestones.find((x) => x.id === preview.milestoneId);
    return m ? Math.round((Date.parse(preview.date) - Date.parse(m.planned)) / DAY_MS) : 0;
  }
  if (preview.type === 'follow-up') {
    const f = plan.advisories
      .find((x) => x.id === preview.advisoryId)
      ?.followUps.find((x) => x.id === preview.followUpId);
    return f?.expectedAt
      ? Math.round((Date.parse(preview.date) - Date.parse(f.expectedAt)) / DAY_MS)
      : 0;
  }
  const a = plan.advisories.find((x) => x.id === preview.advisoryId);
  return a ? Math.round((Date.parse(preview.publicAt) - Date.parse(a.publicAt)) / DAY_MS) : 0;
}
