import { useMemo } from 'react';
import { utcToday } from '../../shared/domain/dates';
import { createAnalyser, NO_ANALYSIS, type Analysis } from '../../shared/planning';
import type { PlanState } from '../state/planStore';
import { useNow } from '../state/useNow';
import { usePlan } from '../state/usePlan';

// One analyser for the whole renderer: it keeps per-release results between
// calls, so a redraw after one edit re-analyses only what that edit touched.
const analyser = createAnalyser();

/** Findings and suggestions for the plan as it is now (or as a drag previews it). */
export function analysePlan(
  plan: Pick<PlanState, 'releases' | 'advisories' | 'settings'>,
  today: string,
): Analysis {
  if (!plan.settings) return NO_ANALYSIS;
  return analyser.analyse(
    { releases: plan.releases, advisories: plan.advisories, settings: plan.settings },
    today,
  );
}

export function useAnalysis(): Analysis {
  const releases = usePlan((s) => s.releases);
  const advisories = usePlan((s) => s.advisories);
  const settings = usePlan((s) => s.settings);
  const today = utcToday(useNow());
  return useMemo(
    () => analysePlan({ releases, advisories, settings }, today),
    [releases, advisories, settings, today],
  );
}
