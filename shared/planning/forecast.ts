// The race a slip runs: while a release waits for embargoes, new advisories
// keep arriving, and each may bring another embargo to wait for. Arrivals
// are taken as a Poisson process at the rate of the last year.

export const DAYS_PER_YEAR = 365;
export const WEEKS_PER_YEAR = DAYS_PER_YEAR / 7;

export interface RaceForecast {
  /** λ: advisories per week over the 365 days before today. */
  advisoriesPerWeek: number;
  slipDays: number;
  slipWeeks: number;
  /** λ·S */
  expectedNewAdvisories: number;
  /** 1 − e^(−λS) */
  probabilityAtLeastOne: number;
}

/** λ from the count of (not withdrawn) advisories that lifted in the 365 days before today. */
export function advisoriesPerWeek(liftsInLastYear: number): number {
  return liftsInLastYear / WEEKS_PER_YEAR;
}

export function raceForecast(perWeek: number, slipDays: number): RaceForecast {
  const slipWeeks = Math.max(0, slipDays) / 7;
  const expectedNewAdvisories = perWeek * slipWeeks;
  return {
    advisoriesPerWeek: perWeek,
    slipDays,
    slipWeeks,
    expectedNewAdvisories,
    probabilityAtLeastOne: 1 - Math.exp(-expectedNewAdvisories),
  };
}
