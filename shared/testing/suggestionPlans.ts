import type { Advisory } from '../domain/advisory';
import type { Release } from '../domain/release';
import type { SettingsValues } from '../domain/settings';
import { analyse } from '../planning/analyser';
import type { Suggestion, SuggestionKind } from '../planning/types';
import { makeAdvisory, makeRelease, planOf } from './planData';

// The suggestions tests' plan: one release held by the advisories each test adds.

// 4.12: hard code freeze Fri 18 May 2018, release Tue 5 Jun 2018.
export const release = makeRelease('4.12', {
  'hard-code-freeze': '2018-05-18',
  release: '2018-06-05',
});
export const TODAY = '2018-05-02';

export function suggestions(
  advisories: Advisory[],
  options: { releases?: Release[]; settings?: SettingsValues; today?: string } = {},
): Suggestion[] {
  const plan = planOf(options.releases ?? [release], advisories, options.settings);
  return analyse(plan, options.today ?? TODAY).suggestions;
}

export function ofKind(list: Suggestion[], kind: SuggestionKind): Suggestion[] {
  return list.filter((s) => s.kind === kind);
}

export const late = (
  key: string,
  publicAt: string,
  extra: Parameters<typeof makeAdvisory>[2] = {},
) => makeAdvisory(key, publicAt, { affects: ['4.12'], ...extra });
