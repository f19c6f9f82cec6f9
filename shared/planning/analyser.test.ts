import { addCalendarDays } from '../domain/dates';
import { releaseDate } from '../domain/release';
import { describe, expect, it } from 'vitest';
import type { Advisory } from '../domain/advisory';
import { analyse, createAnalyser } from './analyser';
import {
  generatePlan,
  makeAdvisory,
  makeRelease,
  makeSettings,
  planOf,
  withMilestone,
  withReleaseDate,
} from '../testing/planData';
import type { PlanInput } from './types';

const { plan: big, today } = generatePlan({ advisories: 600, releases: 12, seed: 5 });

function moveLift(advisory: Advisory, hours: number): Advisory {
  const publicAt = new Date(Date.parse(advisory.publicAt) + hours * 3_600_000)
    .toISOString()
    .replace('.000', '');
  return { ...advisory, revision: advisory.revision + 1, publicAt };
}

/** Edits a release manager or the security team makes, one at a time. */
const edits: [string, (plan: PlanInput) => PlanInput][] = [
  ['nothing', (plan) => plan],
  ['a fresh but equal copy of everything', (plan) => structuredClone(plan)],
  [
    'moving one release date',
    (plan) => ({
      ...plan,
      releases: plan.releases.map((r, i) => (i === 8 ? withReleaseDate(r, '2010-10-07') : r)),
    }),
  ],
  [
    'moving a hard code freeze',
    (plan) => ({
      ...plan,
      releases: plan.releases.map((r, i) =>
        i === 9 ? withMilestone(r, 'hard-code-freeze', '2010-10-01') : r,
      ),
    }),
  ],
  [
    'moving one lift by three days',
    (plan) => ({
      ...plan,
      advisories: plan.advisories.map((a, i) => (i === 321 ? moveLift(a, 72) : a)),
    }),
  ],
  [
    'withdrawing an advisory',
    (plan) => ({
      ...plan,
      advisories: plan.advisories.map((a, i) => (i === 17 ? { ...a, status: 'withdrawn' } : a)),
    }),
  ],
  [
    'deleting an advisory',
    (plan) => ({ ...plan, advisories: plan.advisories.filter((_, i) => i !== 99) }),
  ],
  [
    'reordering the advisories',
    (plan) => ({ ...plan, advisories: [...plan.advisories].reverse() }),
  ],
  [
    'inserting an advisory at the front',
    (plan) => ({
      ...plan,
      advisories: [
        makeAdvisory('XSA-9998', '2010-10-04T12:00:00Z', { affects: ['1.8'] }),
        ...plan.advisories,
      ],
    }),
  ],
  [
    'adding an advisory',
    (plan) => ({
      ...plan,
      advisories: [
        ...plan.advisories,
        makeAdvisory('XSA-9999', '2010-09-30T12:00:00Z', {
          affects: ['1.8', '1.9'],
          followUps: [{ expectedAt: '2010-10-30' }],
        }),
      ],
    }),
  ],
  [
    'renaming a release onto an existing point-release name',
    (plan) => ({
      ...plan,
      releases: plan.releases.map((r, i) => (i === 11 ? { ...r, name: '1.9.1' } : r)),
    }),
  ],
  ['deleting a release', (plan) => ({ ...plan, releases: plan.releases.slice(1) })],
  [
    'changing a setting',
    (plan) => ({ ...plan, settings: { ...plan.settings, warnWindowDays: 21 } }),
  ],
  [
    'many edits at once',
    (plan) => ({
      ...plan,
      advisories: plan.advisories.map((a, i) => (i % 2 ? moveLift(a, -30) : a)),
    }),
  ],
];

describe('createAnalyser', () => {
  for (const [name, edit] of edits) {
    it(`after ${name}, gives what a fresh analysis gives`, () => {
      const analyser = createAnalyser();
      analyser.analyse(big, today);
      const edited = edit(big);
      expect(analyser.analyse(edited, today)).toEqual(analyse(edited, today));
      // …and going back restores the original.
      expect(analyser.analyse(big, today)).toEqual(analyse(big, today));
    });
  }

  it('follows a change of day', () => {
    const analyser = createAnalyser();
    analyser.analyse(big, today);
    expect(analyser.analyse(big, '2012-01-03')).toEqual(analyse(big, '2012-01-03'));
  });

  it('reuses the findings of what did not change', () => {
    const analyser = createAnalyser();
    const first = analyser.analyse(big, today);
    const second = analyser.analyse(
      {
        ...big,
        releases: big.releases.map((r, i) =>
          i === 10 ? withReleaseDate(r, addCalendarDays(releaseDate(r)!, 7)) : r,
        ),
      },
      today,
    );
    // Of the twelve, 1.8 and on are ahead of today, with findings of their own; 2.0 moved.
    const untouched = (a: typeof first) => a.findings.filter((f) => f.release === '1.8');
    expect(untouched(second).length).toBeGreaterThan(0);
    untouched(second).forEach((finding, i) => expect(finding).toBe(untouched(first)[i]));
  });

  it('copes with ids that are not unique', () => {
    const release = makeRelease('4.12', { release: '2018-06-05' });
    const twins = [
      makeAdvisory('XSA-300', '2018-06-07T12:00:00Z', { id: 1, affects: ['4.12'] }),
      makeAdvisory('XSA-301', '2018-06-08T12:00:00Z', { id: 1, affects: ['4.12'] }),
    ];
    const analyser = createAnalyser();
    for (let run = 0; run < 2; run++) {
      const { findings } = analyser.analyse(
        planOf([release, { ...release, name: '4.13' }], twins),
        '2018-05-01',
      );
      expect(
        findings
          .filter((f) => f.code === 'EMBARGO_AFTER_RELEASE')
          .map((f) => `${f.release} ${f.subject}`),
      ).toEqual(['4.12 XSA-300', '4.12 XSA-301']);
    }
    // A first run does not key advisories by id; the edit after it must still see the twins apart.
    const moved = planOf([release], [twins[0], moveLift(twins[1], 24)]);
    expect(analyser.analyse(moved, '2018-05-01')).toEqual(analyse(moved, '2018-05-01'));
    expect(
      analyser.analyse(moved, '2018-05-01').findings.map((f) => `${f.subject} ${f.date}`),
    ).toContain('XSA-301 2018-06-09T12:00:00Z');
  });

  it('notices an id repeated by a later edit', () => {
    const release = makeRelease('4.12', { release: '2018-06-05' });
    const a = makeAdvisory('XSA-300', '2018-06-07T12:00:00Z', { id: 1, affects: ['4.12'] });
    const b = makeAdvisory('XSA-301', '2018-06-08T12:00:00Z', { id: 2, affects: ['4.12'] });
    const analyser = createAnalyser();
    analyser.analyse(planOf([release], [a, b]), '2018-05-01');
    const twice = planOf([release], [a, { ...a }]);
    expect(analyser.analyse(twice, '2018-05-01')).toEqual(analyse(twice, '2018-05-01'));
    expect(
      analyser.analyse(twice, '2018-05-01').findings.filter((f) => f.subject === 'XSA-300'),
    ).toHaveLength(2);
  });

  it('refuses a day that is not a date', () => {
    expect(() => analyse(planOf([], [], makeSettings()), '2018-02-30')).toThrow(RangeError);
  });
});
