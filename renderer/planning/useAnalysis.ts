import { useMemo, useSyncExternalStore } from 'react';
import { utcToday } from '../../shared/domain/dates';
import type { Analyser } from '../../shared/planning/analyser';
import { NO_ANALYSIS, type Analysis } from '../../shared/planning/types';
import type { PlanState } from '../state/planStore';
import { useNow } from '../state/useNow';
import { usePlan } from '../state/usePlan';

// The planning engine is fetched on its own, while the plan loads: the first
// screen draws the plan without it, and the findings follow once it is in
// and the plan is on screen.

// One analyser for the whole renderer: it keeps per-release results between
// calls, so a redraw after one edit re-analyses only what that edit touched.
let analyser: Analyser | null = null;
let loading: Promise<void> | null = null;
const waiting = new Set<() => void>();

/** Fetches the planning engine, once; what analyses redraws when it is in. */
export function loadPlanningEngine(): Promise<void> {
  loading ??= import('../../shared/planning/analyser').then(({ createAnalyser }) => {
    analyser = createAnalyser();
    for (const redraw of waiting) redraw();
  });
  return loading;
}

function subscribe(redraw: () => void): () => void {
  waiting.add(redraw);
  void loadPlanningEngine();
  return () => waiting.delete(redraw);
}

/** Whether the planning engine is in (asking fetches it). */
export function usePlanningEngine(): boolean {
  return useSyncExternalStore(subscribe, () => analyser !== null);
}

type PlanLists = Pick<PlanState, 'releases' | 'advisories' | 'settings'>;

// The header, the timeline and the panels ask about the same plan on the same
// day: the last answer serves them all (a plan from the store is never changed
// in place, so the same lists are the same plan).
let last: { plan: PlanLists; today: string; analysis: Analysis } | null = null;

/**
 * Findings and suggestions for the plan as it is now (or as a drag previews
 * it); null while the engine is not in yet.
 */
export function analysePlan(plan: PlanLists, today: string): Analysis | null {
  if (!plan.settings) return NO_ANALYSIS;
  if (!analyser) return null;
  if (
    last?.today === today &&
    last.plan.releases === plan.releases &&
    last.plan.advisories === plan.advisories &&
    last.plan.settings === plan.settings
  )
    return last.analysis;
  const analysis = analyser.analyse(
    { releases: plan.releases, advisories: plan.advisories, settings: plan.settings },
    today,
  );
  last = { plan, today, analysis };
  return analysis;
}

/**
 * The stored plan's analysis, for the views beside the timeline (the
 * header's count, the panels); empty until the engine is in.
 */
export function useAnalysis(): Analysis {
  const releases = usePlan((s) => s.releases);
  const advisories = usePlan((s) => s.advisories);
  const settings = usePlan((s) => s.settings);
  const today = utcToday(useNow());
  const ready = usePlanningEngine();
  return useMemo(
    () => (ready ? analysePlan({ releases, advisories, settings }, today) : null) ?? NO_ANALYSIS,
    [ready, releases, advisories, settings, today],
  );
}
