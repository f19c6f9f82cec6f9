import type { Advisory } from '../domain/advisory';
import type { Release } from '../domain/release';
import type { ApplyAction, Suggestion } from './types';

/** The one backend write that applies a suggestion; every front door sends the same. */
export type ApplyWrite =
  | {
      call: 'releases.update';
      input: {
        id: number;
        revision: number;
        milestones:
          Release['milestones'] | (Omit<Release['milestones'][number], 'id'> & { id?: number })[];
      };
    }
  | {
      call: 'releases.createPointRelease';
      input: {
        from: string;
        name: string;
        date: string;
        advisories: string[];
        releaseOn?: string;
        reason: string;
      };
    }
  | {
      call: 'advisories.update';
      input: {
        id: number;
        revision: number;
        publicAt: string;
        predisclosureAt?: string;
        reason: string;
      };
    };

/**
 * Turns a suggestion's action into a write against the current plan, or
 * explains why it no longer applies (the release or advisory went away).
 */
export function writeFor(
  action: ApplyAction,
  plan: { releases: readonly Release[]; advisories: readonly Advisory[] },
  why: string,
): ApplyWrite | { error: string } {
  switch (action.type) {
    case 'set-milestone': {
      const release = plan.releases.find((r) => r.name === action.release);
      if (!release) return { error: `Release ${action.release} no longer exists.` };
      const index = release.milestones.findIndex((m) => m.kind === action.kind);
      const milestones =
        index >= 0
          ? release.milestones.map((m, i) => (i === index ? { ...m, planned: action.date } : m))
          : [
              ...release.milestones,
              {
                kind: action.kind,
                planned: action.date,
                actual: null,
                baseline: null,
                label: null,
              },
            ];
      return {
        call: 'releases.update',
        input: { id: release.id, revision: release.revision, milestones },
      };
    }
    case 'create-point-release':
      if (plan.releases.some((r) => r.name === action.name))
        return { error: `A release named ${action.name} already exists.` };
      if (!plan.releases.some((r) => r.name === action.release))
        return { error: `Release ${action.release} no longer exists.` };
      return {
        call: 'releases.createPointRelease',
        input: {
          from: action.release,
          name: action.name,
          date: action.date,
          advisories: action.advisories,
          ...(action.releaseOn ? { releaseOn: action.releaseOn } : {}),
          reason: why,
        },
      };
    case 'set-lift': {
      const advisory = plan.advisories.find((a) => a.key === action.advisory);
      if (!advisory) return { error: `Advisory ${action.advisory} no longer exists.` };
      return {
        call: 'advisories.update',
        input: {
          id: advisory.id,
          revision: advisory.revision,
          publicAt: action.publicAt,
          ...(action.predisclosureAt ? { predisclosureAt: action.predisclosureAt } : {}),
          reason: why,
        },
      };
    }
  }
}

/** The reason recorded in the change log when a suggestion is applied. */
export function applyReason(suggestion: Suggestion): string {
  return `Applied suggestion ${suggestion.kind} for ${suggestion.release}`;
}
