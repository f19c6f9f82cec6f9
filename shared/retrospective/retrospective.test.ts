import { describe, expect, it } from 'vitest';
import history from '../../examples/xen-history.bundle.json';
import { sceneToSvg } from '../chart/scene';
import type { Advisory } from '../domain/advisory';
import type { Release } from '../domain/release';
import { makeAdvisory, makeRelease, makeSettings, SECRET } from '../testing/planData';
import { cadenceChart, segments } from './cadenceChart';
import { keyLabelFor, retroCsv, retroJson } from './exportRetro';
import { headlines } from './headlines';
import { retrospective } from './retrospective';

// Two released releases worked out by hand (settings: Mon–Fri, releases
// Tue–Thu, a buffer of 2 working days; one released release is too little
// history, so the settings stand in for the buffer and the lead).
//
// 1.0, planned Tue 5 Jun 2018, out Tue 10 Jul: 35 days late.
// - a push gate open 1–10 Jun: 5–9 Jun (5 days) are other blockers;
// - XSA-1, pre-disclosed 13 Jun, lifts Wed 27 Jun: with 2 working days
//   after it (Fri 29 Jun) the first release day is Tue 3 Jul, so it holds
//   13 Jun – 2 Jul: 20 days waiting only on embargoes;
// - 10–12 Jun and 3–9 Jul: 10 days with nothing recorded.
// 0.9, planned Tue 5 Dec 2017, out Fri 1 Dec: 4 days early.
const released: Release[] = [
  makeRelease(
    '1.0',
    [
      { kind: 'feature-freeze', planned: '2018-04-10', actual: '2018-04-10' },
      { kind: 'hard-code-freeze', planned: '2018-05-18', actual: '2018-05-18' },
      { kind: 'branch', planned: '2018-05-22', actual: '2018-06-21' },
      { kind: 'custom', planned: '2018-06-25', actual: '2018-06-25', label: 'Master reopened' },
      { kind: 'release', planned: '2018-07-10', actual: '2018-07-10', baseline: '2018-06-05' },
    ],
    {
      status: 'released',
      blockers: [
        {
          title: '=HYPERLINK("x") push gate',
          kind: 'test-gate',
          openedOn: '2018-06-01',
          resolvedOn: '2018-06-10',
        },
      ],
    },
  ),
  makeRelease(
    '0.9',
    [
      { kind: 'rc', planned: '2017-11-20', actual: '2017-11-20', label: 'RC3' },
      { kind: 'rc', planned: '2017-10-16', actual: '2017-10-16', label: 'RC1' },
      { kind: 'release', planned: '2017-12-05', actual: '2017-12-01' },
    ],
    { status: 'released' },
  ),
  makeRelease('1.1', { release: '2018-12-04' }),
];
const advisories: Advisory[] = [
  makeAdvisory('XSA-1', '2018-06-27T12:00:00Z', {
    status: 'public',
    predisclosureAt: '2018-06-13T12:00:00Z',
    affects: ['1.0'],
  }),
  // Lifts after 1.0 came out: not in it, holds nothing.
  makeAdvisory('XSA-2', '2018-07-12T12:00:00Z', { status: 'public', affects: ['1.0'] }),
  makeAdvisory('XSA-3', '2018-06-20T12:00:00Z', { status: 'withdrawn', affects: ['1.0'] }),
];
const TODAY = '2018-08-01';

describe('the retrospective of hand-made releases', () => {
  const retro = retrospective(released, advisories, makeSettings(), TODAY);

  it('puts each late day down to one cause, by the documented rules', () => {
    expect(retro.releases.map((r) => r.name)).toEqual(['0.9', '1.0']);
    const r = retro.releases[1];
    expect(r).toMatchObject({
      plannedRelease: '2018-06-05',
      actualRelease: '2018-07-10',
      daysLate: 35,
      otherBlockerDays: 5,
      waitingOnEmbargoDays: 20,
      notRecordedDays: 10,
      heldBy: ['XSA-1'],
      blockersHeld: ['=HYPERLINK("x") push gate'],
    });
  });

  it('measures stabilising and master closed from what is recorded, and says from what', () => {
    const [early, late] = retro.releases;
    expect(late).toMatchObject({
      stabilisingDays: 91,
      stabilisingFrom: 'feature-freeze',
      masterClosedDays: 38,
      masterClosedFrom: 'hard-code-freeze',
      masterReopened: '2018-06-25',
      masterReopenedBy: 'reopen',
      cycleDays: 221,
      previousRelease: '0.9',
    });
    // No freeze recorded: from RC1 (the earliest RC, whatever the list order).
    expect(early).toMatchObject({
      daysLate: -4,
      waitingOnEmbargoDays: 0,
      otherBlockerDays: 0,
      notRecordedDays: 0,
      stabilisingDays: 46,
      stabilisingFrom: 'rc1',
      stabilisingStart: '2017-10-16',
      masterClosedDays: 46,
      masterClosedFrom: 'rc1',
      masterReopenedBy: 'release',
      cycleDays: null,
    });
    expect(late.milestones.find((m) => m.kind === 'release')).toEqual({
      kind: 'release',
      label: null,
      planned: '2018-06-05',
      actual: '2018-07-10',
      slipDays: 35,
    });
    expect(late.milestones.find((m) => m.kind === 'branch')!.slipDays).toBe(30);
  });

  it('sums up across releases', () => {
    expect(retro.summary).toMatchObject({
      releases: 2,
      late: 1,
      early: 1,
      medianDaysLate: 15.5,
      heldByEmbargoes: 1,
      medianWaitingOnEmbargoDays: 10,
      totalWaitingOnEmbargoDays: 20,
      totalOtherBlockerDays: 5,
      totalNotRecordedDays: 10,
      meanStabilisingDays: 68.5,
      stabilisingFrom: { 'feature-freeze': 1, rc1: 1 },
      medianMasterClosedDays: 42,
      medianCycleDays: 221,
      bufferWorkingDays: 2,
    });
    expect(headlines(retro)).toEqual([
      'Waiting only on embargoes added a median of 10 days to the last 2 releases (0.9 and 1.0): 1 of them waited on embargoes, 20 days in all.',
      '1 of 2 releases came out after the planned date, a median of 35 days late; 1 came out early.',
      'The stabilising period averaged 9.8 weeks, measured from the feature freeze (1) or, where none is recorded, from RC1 (1).',
      'Other blockers held 1 release past the plan for 5 days in all.',
      '10 late days had nothing recorded holding the release.',
      'Master stayed closed a median of 42 days, from the hard code freeze (or RC1, where none is recorded) until it reopened.',
      'Releases came a median of 7.3 months apart (221 days).',
    ]);
  });

  it('counts a follow-up fix as holding the release from its advisory’s lift', () => {
    const withFollowUp = [
      ...advisories,
      makeAdvisory('XSA-4', '2018-05-30T12:00:00Z', {
        status: 'public',
        affects: ['1.0'],
        // Lands Wed 4 Jul: ready Mon 6 → first release day Tue 10 Jul.
        followUps: [{ expectedAt: '2018-07-04', status: 'landed' }],
      }),
    ];
    const r = retrospective(released, withFollowUp, makeSettings(), TODAY).releases[1];
    expect(r.heldBy).toEqual(['XSA-1', 'XSA-4']);
    // Now 10–12 Jun and 3–9 Jul are held too: only the blocker days stay.
    expect(r).toMatchObject({ otherBlockerDays: 5, waitingOnEmbargoDays: 30, notRecordedDays: 0 });
  });

  it('stacks each bar from development to the late days by cause', () => {
    expect(segments(retro.releases[1])).toEqual([
      { cause: 'development', days: 130 }, // 1 Dec → 10 Apr
      { cause: 'stabilising', days: 56 }, // 10 Apr → 5 Jun
      { cause: 'embargo', days: 20 },
      { cause: 'blocker', days: 5 },
      { cause: 'unrecorded', days: 10 },
    ]);
  });
});

describe('what a retrospective lets out', () => {
  // XSA-1 never marked public: under embargo as far as exports go.
  const secret = advisories.map((a) =>
    a.key === 'XSA-1' ? { ...a, status: 'embargoed' as const } : a,
  );
  const retro = retrospective(released, secret, makeSettings(), TODAY);

  it('keeps embargoed titles out of the chart unless the team profile is chosen', () => {
    const chart = (profile: 'public' | 'predisclosure' | 'team') =>
      sceneToSvg(cadenceChart(retro, keyLabelFor(secret, profile)));
    expect(chart('public')).not.toContain('XSA-1');
    expect(chart('predisclosure')).toContain('XSA-1');
    expect(chart('predisclosure')).not.toContain(SECRET);
    expect(chart('team')).toContain(`XSA-1 ${SECRET} title of XSA-1`);
  });

  it('writes keys only in JSON and CSV, and no embargoed key in the public profile', () => {
    expect(JSON.stringify(retroJson(retro, secret, 'team'))).not.toContain(SECRET);
    expect(retroJson(retro, secret, 'public').releases[1].heldBy).toEqual([]);
    expect(retroJson(retro, secret, 'predisclosure').releases[1].heldBy).toEqual(['XSA-1']);
    const csv = retroCsv(retro, secret, 'public');
    const [header, , row] = csv.split('\r\n');
    expect(header).toBe(
      'name,plannedRelease,actualRelease,daysLate,waitingOnEmbargoDays,otherBlockerDays,notRecordedDays,stabilisingDays,stabilisingFrom,masterClosedDays,masterClosedFrom,masterReopened,cycleDays,heldBy,blockersHeld',
    );
    // A title a spreadsheet would run as a formula is quoted and defused.
    expect(row).toBe(
      `1.0,2018-06-05,2018-07-10,35,20,5,10,91,feature-freeze,38,hard-code-freeze,2018-06-25,221,,"'=HYPERLINK(""x"") push gate"`,
    );
    expect(retroCsv(retro, secret, 'team')).not.toContain(SECRET);
  });
});

describe('the Xen history sample', () => {
  let id = 1;
  const releases: Release[] = history.releases.map((r) => ({
    id: id++,
    revision: 1,
    name: r.name,
    status: r.status as Release['status'],
    milestones: r.milestones.map((m) => ({
      id: id++,
      kind: m.kind as Release['milestones'][number]['kind'],
      planned: m.planned,
      actual: m.actual,
      baseline: m.baseline ?? null,
      label: m.label,
    })),
    blockers: [],
  }));
  const xsas: Advisory[] = history.advisories.map((a) => ({
    id: id++,
    revision: 1,
    key: a.key,
    title: a.title,
    cves: a.cves,
    status: a.status as Advisory['status'],
    predisclosureAt: null,
    publicAt: a.publicAt,
    affects: a.affects,
    followUps: [],
    notes: '',
  }));
  const retro = retrospective(releases, xsas, makeSettings(), '2022-07-01');

  it('tells the story of 4.6–4.16: how late each was, and what held it', () => {
    const table = Object.fromEntries(
      retro.releases.map((r) => [
        r.name,
        [r.daysLate, r.waitingOnEmbargoDays, r.otherBlockerDays, r.notRecordedDays],
      ]),
    );
    expect(table).toEqual({
      '4.6': [0, 0, 0, 0],
      '4.7': [17, 11, 0, 6],
      '4.8': [-1, 0, 0, 0],
      '4.9': [21, 21, 0, 0],
      '4.10': [8, 8, 0, 0],
      '4.11': [35, 35, 0, 0],
      '4.12': [26, 7, 0, 19],
      '4.13': [43, 43, 0, 0],
      '4.14': [17, 17, 0, 0],
      '4.15': [30, 30, 0, 0],
      '4.16': [-5, 0, 0, 0],
    });
    expect(retro.releases.find((r) => r.name === '4.11')!.heldBy).toEqual([
      'XSA-264',
      'XSA-265',
      'XSA-266',
      'XSA-267',
    ]);
  });

  it('measures from RC1 where no freeze is recorded, and says so', () => {
    expect(retro.releases.every((r) => r.stabilisingFrom === 'rc1')).toBe(true);
    const lines = headlines(retro);
    expect(lines[0]).toMatch(
      /^Waiting only on embargoes added a median of 11 days to the last 11 releases \(4\.6–4\.16\)/,
    );
    expect(lines[1]).toBe('In the last 5 (4.12–4.16) it was a median of 17 days.');
    expect(lines.join(' ')).toContain(
      'measured from RC1 to the release: no feature freeze date is recorded, so the real period, which began at the freeze, was longer',
    );
    expect(lines.join(' ')).toContain('(none is recorded)');
  });
});
