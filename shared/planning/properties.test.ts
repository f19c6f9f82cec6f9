import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Advisory } from '../domain/advisory';
import type { Release } from '../domain/release';
import { EMBARGO_WAIT_POLICIES, type SettingsValues } from '../domain/settings';
import { analyse, createAnalyser } from './analyser';
import { calendarFor } from './calendar';
import { dayNumber, instantAt, isoDateOf } from './days';
import { seededRandom } from './random';
import {
  makeAdvisory,
  makeRelease,
  SECRET,
  withReleaseDate,
  applyToPlan,
  type BlockerSpec,
  type FollowUpSpec,
  type MilestoneSpec,
} from '../testing/planData';
import type { Analysis, PlanInput, Suggestion } from './types';

// Small random plans around June 2018 where every rule gets a chance to fire.
const BASE = dayNumber('2018-06-01');
const NAMES = ['4.10', '4.11', '4.12'];
const weekday = fc.integer({ min: 0, max: 6 });
const dayNear = (from: number, to: number) => fc.integer({ min: BASE + from, max: BASE + to });

const settingsArb: fc.Arbitrary<SettingsValues> = fc.record({
  warnWindowDays: fc.integer({ min: 0, max: 30 }),
  releaseBufferWorkingDays: fc.integer({ min: 0, max: 6 }),
  minPredisclosureWorkingDays: fc.integer({ min: 0, max: 15 }),
  defaultPublicTimeUtc: fc.constantFrom('12:00', '00:00', '23:59'),
  workingDays: fc.uniqueArray(weekday, { minLength: 1, maxLength: 7 }),
  releaseWeekdays: fc.uniqueArray(weekday, { maxLength: 7 }),
  holidays: fc.uniqueArray(dayNear(-40, 140).map(isoDateOf), { maxLength: 20 }),
  holidayNames: fc.constant({}),
  autoPublishAtLift: fc.boolean(),
  embargoWaitPolicy: fc.constantFrom(...EMBARGO_WAIT_POLICIES),
  embargoWaitWeeks: fc.integer({ min: 0, max: 8 }),
});

const blockerArb: fc.Arbitrary<BlockerSpec> = fc.record({
  kind: fc.constantFrom('bug', 'test-gate', 'other'),
  openedOn: dayNear(-60, 0).map(isoDateOf),
  expectedOn: fc.option(dayNear(-20, 100).map(isoDateOf)),
  resolvedOn: fc.option(dayNear(0, 60).map(isoDateOf), { freq: 3 }),
});

const releaseArb = (name: string, id: number): fc.Arbitrary<Release> =>
  fc
    .record({
      release: fc.option(dayNear(-20, 60), { freq: 8 }),
      freezeBefore: fc.option(fc.integer({ min: -5, max: 40 })),
      freezeDone: fc.boolean(),
      codeFreezeBefore: fc.option(fc.integer({ min: 0, max: 60 })),
      branchBefore: fc.option(fc.integer({ min: -3, max: 30 })),
      releasedWeight: fc.integer({ min: 0, max: 9 }),
      releasedLate: fc.integer({ min: 0, max: 30 }),
      blockers: fc.array(blockerArb, { maxLength: 2 }),
    })
    .map((r) => {
      const milestones: MilestoneSpec[] = [];
      const anchor = r.release ?? BASE + 30;
      const released = r.releasedWeight === 0;
      if (r.codeFreezeBefore !== null)
        milestones.push({ kind: 'code-freeze', planned: isoDateOf(anchor - r.codeFreezeBefore) });
      if (r.freezeBefore !== null) {
        const planned = isoDateOf(anchor - r.freezeBefore);
        milestones.push({
          kind: 'hard-code-freeze',
          planned,
          actual: r.freezeDone ? planned : null,
        });
      }
      if (r.branchBefore !== null)
        milestones.push({ kind: 'branch', planned: isoDateOf(anchor - r.branchBefore) });
      if (r.release !== null)
        milestones.push({
          kind: 'release',
          planned: isoDateOf(r.release),
          actual: released ? isoDateOf(r.release + r.releasedLate) : null,
        });
      return makeRelease(name, milestones, {
        id,
        status: released ? 'released' : 'planned',
        blockers: released ? [] : r.blockers,
      });
    });

const followUpArb: fc.Arbitrary<FollowUpSpec> = fc.record({
  expectedAt: fc.option(dayNear(-10, 120).map(isoDateOf)),
  publicAt: fc.option(dayNear(-10, 120).map((d) => instantAt(d, '12:00'))),
  status: fc.constantFrom('pending', 'pending', 'landed', 'dropped'),
});

const advisoryArb = (n: number): fc.Arbitrary<Advisory> =>
  fc
    .record({
      lift: dayNear(-30, 100),
      time: fc.constantFrom('00:00', '12:00', '23:59'),
      status: fc.constantFrom('embargoed', 'embargoed', 'public', 'withdrawn'),
      predisclosureBefore: fc.option(fc.integer({ min: 0, max: 25 })),
      affects: fc.subarray(NAMES),
      followUps: fc.array(followUpArb, { maxLength: 2 }),
    })
    .map((a) =>
      makeAdvisory(`XSA-${300 + n}`, instantAt(a.lift, a.time), {
        id: 300 + n,
        status: a.status,
        predisclosureAt:
          a.predisclosureBefore === null
            ? null
            : instantAt(a.lift - a.predisclosureBefore, '12:00'),
        affects: a.affects,
        followUps: a.followUps.map((f, i) => ({ ...f, id: (300 + n) * 10 + i })),
      }),
    );

const planArb: fc.Arbitrary<{ plan: PlanInput; today: string }> = fc
  .record({
    settings: settingsArb,
    releases: fc.tuple(...NAMES.map((name, i) => releaseArb(name, i + 1))),
    count: fc.integer({ min: 0, max: 14 }),
    seed: fc.integer(),
    today: dayNear(-60, 60).map(isoDateOf),
  })
  .chain(({ settings, releases, count, today }) =>
    fc.tuple(...Array.from({ length: count }, (_, n) => advisoryArb(n))).map((advisories) => ({
      plan: { settings, releases, advisories },
      today,
    })),
  );

function shuffled<T>(items: readonly T[], next: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

const HOLDING = new Set(['EMBARGO_AFTER_RELEASE', 'EMBARGO_IN_BUFFER', 'FOLLOWUP_AFTER_RELEASE']);

/**
 * The ids of the findings a suggestion resolves: a slip, everything that
 * holds the release (but blockers nobody has dated) and its being overdue; a
 * point release, the errors of the fixes it takes; a branch, an overdue
 * branch; a moved lift, that embargo's errors for that release.
 */
function namedBy(s: Suggestion, analysis: Analysis, plan: PlanInput): string[] {
  const own = analysis.findings.filter((f) => f.release === s.release);
  const undated = new Set(
    plan.releases
      .find((r) => r.name === s.release)!
      .blockers.filter((b) => b.expectedOn === null)
      .map((b) => b.id),
  );
  const apply = s.apply;
  switch (s.kind) {
    case 'SLIP_RELEASE':
      return own
        .filter(
          (f) =>
            HOLDING.has(f.code) ||
            (f.code === 'MILESTONE_OVERDUE' && f.milestone === 'release') ||
            (f.code === 'BLOCKER_OPEN' && f.severity === 'error' && !undated.has(f.blocker!.id)),
        )
        .map((f) => f.id);
    case 'POINT_RELEASE': {
      const keys = apply.type === 'create-point-release' ? apply.advisories : [];
      return own
        .filter((f) => HOLDING.has(f.code) && f.subject !== null && keys.includes(f.subject))
        .map((f) => f.id);
    }
    case 'BRANCH_AND_REOPEN':
      return own
        .filter((f) => f.code === 'MILESTONE_OVERDUE' && f.milestone === 'branch')
        .map((f) => f.id);
    case 'MOVE_EMBARGO_NOTE':
      return own
        .filter(
          (f) => f.subject === s.subject && f.code.startsWith('EMBARGO_') && f.severity === 'error',
        )
        .map((f) => f.id);
  }
}

describe('planning properties', () => {
  it('every suggestion is dated today or later, and a slip lands on a release day', () => {
    fc.assert(
      fc.property(planArb, ({ plan, today }) => {
        const { suggestions } = analyse(plan, today);
        const calendar = calendarFor(plan.settings);
        for (const s of suggestions) {
          expect(s.date.slice(0, 10) >= today).toBe(true);
          if (s.kind === 'SLIP_RELEASE')
            expect(calendar.isReleaseDay(dayNumber(s.date))).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('applying a suggestion removes the findings it names and adds no new error', () => {
    fc.assert(
      fc.property(planArb, ({ plan, today }) => {
        const before = analyse(plan, today);
        const errorsBefore = new Set(
          before.findings.filter((f) => f.severity === 'error').map((f) => f.id),
        );
        for (const s of before.suggestions) {
          const after = analyse(applyToPlan(plan, s.apply), today);
          const named = namedBy(s, before, plan);
          expect(named.length).toBeGreaterThan(s.kind === 'SLIP_RELEASE' ? 0 : -1);
          const left = after.findings.filter((f) => named.includes(f.id));
          expect(left).toEqual([]);
          if (s.kind === 'MOVE_EMBARGO_NOTE') continue; // its other releases may now collide
          const newErrors = after.findings.filter(
            (f) => f.severity === 'error' && !errorsBefore.has(f.id),
          );
          expect(newErrors).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('applying a MOVE_EMBARGO_NOTE clears that embargo for that release', () => {
    fc.assert(
      fc.property(planArb, ({ plan, today }) => {
        for (const note of analyse(plan, today).suggestions) {
          if (note.apply.type !== 'set-lift') continue;
          const { advisory: key, publicAt, predisclosureAt } = note.apply;
          const advisories = plan.advisories.map((a) =>
            a.key === key
              ? { ...a, publicAt, predisclosureAt: predisclosureAt ?? a.predisclosureAt }
              : a,
          );
          const after = analyse({ ...plan, advisories }, today);
          expect(
            after.findings.filter(
              (f) =>
                f.release === note.release &&
                f.subject === key &&
                f.code.startsWith('EMBARGO_') &&
                f.severity === 'error',
            ),
          ).toEqual([]);
          expect(
            after.findings.filter((f) => f.code === 'PREDISCLOSURE_TOO_SHORT' && f.subject === key),
          ).toEqual([]);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('results do not depend on the order of releases, advisories, affects or follow-ups', () => {
    fc.assert(
      fc.property(planArb, fc.integer(), ({ plan, today }, seed) => {
        const next = seededRandom(seed);
        const reordered: PlanInput = {
          settings: plan.settings,
          releases: shuffled(plan.releases, next),
          advisories: shuffled(plan.advisories, next).map((a) => ({
            ...a,
            affects: shuffled(a.affects, next),
            followUps: shuffled(a.followUps, next),
          })),
        };
        expect(analyse(reordered, today)).toEqual(analyse(plan, today));
      }),
      { numRuns: 200 },
    );
  });

  it('a released release raises nothing and gets no suggestion', () => {
    fc.assert(
      fc.property(planArb, fc.constantFrom(...NAMES), ({ plan, today }, name) => {
        const releases = plan.releases.map((r) =>
          r.name === name ? { ...r, status: 'released' as const } : r,
        );
        const analysis = analyse({ ...plan, releases }, today);
        expect(analysis.findings.filter((f) => f.release === name)).toEqual([]);
        expect(analysis.suggestions.filter((s) => s.release === name)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('messages never carry titles, CVEs, notes or follow-up summaries', () => {
    fc.assert(
      fc.property(planArb, ({ plan, today }) => {
        const { findings, suggestions } = analyse(plan, today);
        for (const { message } of [...findings, ...suggestions]) {
          expect(message).not.toContain(SECRET);
          expect(message).not.toContain('CVE-');
        }
      }),
      { numRuns: 100 },
    );
  });

  it('an analyser fed one edit after another agrees with a fresh analysis each time', () => {
    const edit = fc.record({
      kind: fc.constantFrom('release', 'lift', 'delete', 'copy', 'shuffle', 'settings', 'today'),
      pick: fc.nat(),
      days: fc.integer({ min: -20, max: 20 }),
      seed: fc.integer(),
    });
    const agrees = fc.property(
      planArb,
      fc.array(edit, { maxLength: 6 }),
      ({ plan, today }, edits) => {
        const analyser = createAnalyser();
        let current = plan;
        let day = today;
        expect(analyser.analyse(current, day)).toEqual(analyse(current, day));
        for (const { kind, pick, days, seed } of edits) {
          const { releases, advisories } = current;
          if (kind === 'release' && releases.length > 0) {
            const at = pick % releases.length;
            const moved = withReleaseDate(releases[at], isoDateOf(BASE + days * 2));
            current = { ...current, releases: releases.map((r, i) => (i === at ? moved : r)) };
          } else if (kind === 'lift' && advisories.length > 0) {
            const at = pick % advisories.length;
            const moved = { ...advisories[at], publicAt: instantAt(BASE + days * 3, '12:00') };
            current = { ...current, advisories: advisories.map((a, i) => (i === at ? moved : a)) };
          } else if (kind === 'delete' && advisories.length > 0) {
            current = {
              ...current,
              advisories: advisories.filter((_, i) => i !== pick % advisories.length),
            };
          } else if (kind === 'copy') {
            current = structuredClone(current);
          } else if (kind === 'shuffle') {
            current = { ...current, advisories: shuffled(advisories, seededRandom(seed)) };
          } else if (kind === 'settings') {
            current = { ...current, settings: { ...current.settings, warnWindowDays: pick % 30 } };
          } else if (kind === 'today') {
            day = isoDateOf(dayNumber(day) + days);
          }
          expect(analyser.analyse(current, day)).toEqual(analyse(current, day));
        }
      },
    );
    // The case that found suggestions quoting stale evidence: deleting the
    // only advisory with a known lead kept "a median of 17 days" where a
    // fresh analysis says "the minimum of 17 days".
    fc.assert(agrees, {
      seed: -2033210446,
      path: '2622:230:0:0:6:6:6:6:7:12:7:10:8:7:9:10:9:11:11:11:11',
      endOnFailure: true,
    });
    fc.assert(agrees, { numRuns: 150 });
  });

  it('ids are unique within an analysis', () => {
    fc.assert(
      fc.property(planArb, ({ plan, today }) => {
        const { findings, suggestions } = analyse(plan, today);
        expect(new Set(findings.map((f) => f.id)).size).toBe(findings.length);
        expect(new Set(suggestions.map((s) => s.id)).size).toBe(suggestions.length);
      }),
      { numRuns: 100 },
    );
  });
});
