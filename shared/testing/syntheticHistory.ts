import type { Advisory } from '../domain/advisory';
import type { Release } from '../domain/release';
import { instantAt, isoDateOf, type DayNumber } from '../planning/days';
import { exponential, seededRandom } from '../planning/random';
import { makeAdvisory, makeRelease, makeSettings, planOf } from './planData';
import type { PlanInput } from '../planning/types';

// A made-up project with known habits, for tests of what the forecast
// learns and draws: batches arrive as a Poisson process at `batchesPerDay`,
// with sizes drawn from `sizes`, each pre-disclosed `leadDays` before its
// lift; a `followUpShare` of advisories get a follow-up `followUpDays` after
// their lift. Past releases came out on their plans, every 91 days.

export interface SyntheticHabits {
  batchesPerDay: number;
  sizes: readonly number[];
  leadDays: number;
  followUpShare: number;
  followUpDays: number;
  /** Days of history before `today`. */
  days: number;
  seed: number;
}

export const SYNTHETIC_HABITS: SyntheticHabits = {
  batchesPerDay: 0.08,
  sizes: [1, 1, 1, 2, 2, 3, 5],
  leadDays: 12,
  followUpShare: 0.2,
  followUpDays: 9,
  days: 3 * 365,
  seed: 7,
};

export function syntheticHistory(
  today: DayNumber,
  habits: SyntheticHabits = SYNTHETIC_HABITS,
): { advisories: Advisory[]; releases: Release[] } {
  const random = seededRandom(habits.seed);
  const advisories: Advisory[] = [];
  let n = 1;
  for (
    let day = today - habits.days + exponential(random, habits.batchesPerDay);
    day < today;
    day += exponential(random, habits.batchesPerDay)
  ) {
    const lift = Math.floor(day);
    const size = habits.sizes[Math.floor(random() * habits.sizes.length)];
    for (let i = 0; i < size; i++) {
      const key = `XSA-${n++}`;
      const followUp = random() < habits.followUpShare;
      advisories.push(
        makeAdvisory(key, instantAt(lift, '12:00'), {
          status: 'public',
          predisclosureAt: instantAt(lift - habits.leadDays, '12:00'),
          followUps: followUp
            ? [{ expectedAt: isoDateOf(lift + habits.followUpDays), status: 'landed' }]
            : [],
        }),
      );
    }
  }
  const releases: Release[] = [];
  for (let day = today - habits.days + 91, i = 1; day < today; day += 91, i++) {
    releases.push(
      makeRelease(
        `1.${i}`,
        [{ kind: 'release', planned: isoDateOf(day), actual: isoDateOf(day) }],
        { status: 'released' },
      ),
    );
  }
  return { advisories, releases };
}

/** The synthetic history plus one planned release, `2.0`, with the Xen 4.16 freezes. */
export function syntheticPlan(
  today: DayNumber,
  release: Release,
  extra: { advisories?: Advisory[]; habits?: SyntheticHabits } = {},
): PlanInput {
  const history = syntheticHistory(today, extra.habits);
  return planOf(
    [...history.releases, release],
    [...history.advisories, ...(extra.advisories ?? [])],
    makeSettings(),
  );
}
