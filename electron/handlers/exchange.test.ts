import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../shared/planning';
import {
  sampleAdvisory,
  sampleRelease,
  tempBackend,
  type TestBackend,
} from '../testing/tempBackend';

const SAMPLE = fs.readFileSync(path.join(__dirname, '../../examples/xen-4.11.bundle.json'), 'utf8');

function importText(backend: TestBackend, content: string, preview = false) {
  return backend.ok('exchange.import', { content, fileName: 'plan.json', preview });
}

function snapshotWithoutIds(backend: TestBackend) {
  const plan = backend.ok('plan.get', {});
  return JSON.stringify(plan);
}

describe('bundle import', () => {
  it('adds everything in the sample, then changes nothing the second time', () => {
    const backend = tempBackend();
    const first = importText(backend, SAMPLE);
    expect(first).toMatchObject({ format: 'bundle', applied: true, refused: [] });
    expect(first.added).toEqual([
      'release 4.10',
      'release 4.11',
      'XSA-263',
      'XSA-267',
      'XSA-264',
      'XSA-265',
      'XSA-266',
    ]);
    const after = snapshotWithoutIds(backend);
    const second = importText(backend, SAMPLE);
    expect(second).toMatchObject({ added: [], changed: [], unchanged: 7, refused: [] });
    expect(snapshotWithoutIds(backend)).toBe(after);
    backend.close();
  });

  it('round-trips through a team export', () => {
    const backend = tempBackend();
    importText(backend, SAMPLE);
    const exported = backend.ok('exchange.exportBundle', { profile: 'team' });
    const other = tempBackend();
    importText(other, JSON.stringify(exported));
    const strip = (b: TestBackend) => {
      const plan = b.ok('plan.get', {});
      return {
        releases: plan.releases.map(({ name, status, milestones }) => ({
          name,
          status,
          milestones: milestones.map(({ kind, planned, actual, label }) => ({
            kind,
            planned,
            actual,
            label,
          })),
        })),
        advisories: plan.advisories.map(({ id, revision, followUps, ...rest }) => {
          void id;
          void revision;
          return {
            ...rest,
            followUps: followUps.map(({ summary, expectedAt, status }) => ({
              summary,
              expectedAt,
              status,
            })),
          };
        }),
      };
    };
    expect(strip(other)).toEqual(strip(backend));
    backend.close();
    other.close();
  });

  it('previews without writing', () => {
    const backend = tempBackend();
    const report = importText(backend, SAMPLE, true);
    expect(report.applied).toBe(false);
    expect(report.added).toHaveLength(7);
    expect(backend.ok('plan.get', {}).releases).toEqual([]);
    backend.close();
  });

  const bad: [string, (bundle: Record<string, unknown>) => unknown, RegExp][] = [
    [
      'a wrong format',
      (b) => ({ ...b, format: 'something/else' }),
      /^plan\.json: format: must be "embargo-planner\/bundle"/,
    ],
    ['a wrong version', (b) => ({ ...b, version: 2 }), /^plan\.json: version: must be 1 \(got 2\)/],
    [
      'an unknown milestone kind',
      (b) => {
        const releases = structuredClone(b.releases) as { milestones: { kind: string }[] }[];
        releases[1].milestones[2].kind = 'thaw';
        return { ...b, releases };
      },
      /^plan\.json: releases\[1\]\.milestones\[2\]\.kind: is not a milestone kind/,
    ],
    [
      'an impossible date',
      (b) => {
        const releases = structuredClone(b.releases) as { milestones: { planned: string }[] }[];
        releases[1].milestones[0].planned = '2018-02-30';
        return { ...b, releases };
      },
      /^plan\.json: releases\[1\]\.milestones\[0\]\.planned: is not a real calendar date$/,
    ],
    [
      'a lift before pre-disclosure',
      (b) => {
        const advisories = structuredClone(b.advisories) as { publicAt: string }[];
        advisories[1].publicAt = '2018-06-01T12:00:00Z';
        return { ...b, advisories };
      },
      /^plan\.json: advisories\[1\]\.publicAt: lifts before its pre-disclosure/,
    ],
    [
      'a duplicate advisory key',
      (b) => {
        const advisories = structuredClone(b.advisories) as { key: string }[];
        advisories[2].key = 'XSA-263';
        return { ...b, advisories };
      },
      /^plan\.json: advisories\[2\]\.key: advisory XSA-263 appears twice/,
    ],
  ];

  for (const [what, change, message] of bad) {
    it(`refuses ${what}, naming the file and field, and writes nothing`, () => {
      const backend = tempBackend();
      backend.ok('releases.create', { ...sampleRelease, name: '4.9' });
      const before = snapshotWithoutIds(backend);
      const error = backend.fails('exchange.import', {
        content: JSON.stringify(change(JSON.parse(SAMPLE) as Record<string, unknown>)),
        fileName: 'plan.json',
      });
      expect(error.code).toBe('invalid_input');
      expect(error.message).toMatch(message);
      expect(snapshotWithoutIds(backend)).toBe(before);
      backend.close();
    });
  }

  it('refuses malformed JSON, naming the file and the place, without quoting it', () => {
    const backend = tempBackend();
    const unexpected = backend.fails('exchange.import', {
      content: '{\n  "format": , "secret": "XSA title"\n}',
      fileName: 'plan.json',
    });
    expect(unexpected.message).toBe(
      'plan.json: not valid JSON (an unexpected character at line 2, column 13)',
    );
    expect(unexpected.message).not.toContain('XSA title');
    const cut = backend.fails('exchange.import', { content: '{\n  "a": 1', fileName: 'plan.json' });
    expect(cut.message).toMatch(/^plan\.json: not valid JSON \(.* at line 2, column 9\)$/);
    backend.close();
  });

  it('refuses an unknown release in affects, reporting where, and writes nothing at all', () => {
    const backend = tempBackend();
    const bundle = JSON.parse(SAMPLE) as { advisories: { affects: string[] }[] };
    bundle.advisories[3].affects = ['4.99'];
    const report = importText(backend, JSON.stringify(bundle));
    expect(report.applied).toBe(false);
    expect(report.refused).toEqual([
      {
        where: 'advisories[3].affects[0]',
        reason: 'no release named 4.99 in this file or the database',
      },
    ]);
    expect(backend.ok('plan.get', {}).releases).toEqual([]);
    backend.close();
  });

  it('does not let a redacted bundle erase what the team knows', () => {
    const backend = tempBackend();
    backend.ok('releases.create', sampleRelease);
    backend.ok('advisories.create', {
      ...sampleAdvisory,
      status: 'embargoed' as const,
      publicAt: '2027-05-21T12:00:00Z',
      predisclosureAt: null,
    });
    const redacted = backend.ok('exchange.exportBundle', { profile: 'predisclosure' });
    expect(JSON.stringify(redacted)).not.toContain('Speculative');
    const report = importText(backend, JSON.stringify(redacted));
    expect(report).toMatchObject({ changed: [], refused: [] });
    expect(backend.ok('advisories.list', {})[0].title).toBe('Speculative Store Bypass');
    backend.close();
  });
});

describe('xsa.json import', () => {
  const list = [
    {
      xsas: [
        {
          xsa: 263,
          title: 'Speculative Store Bypass',
          cve: ['CVE-2018-3639'],
          public_time: '2018-05-21 21:00',
        },
        {
          xsa: '267',
          title: 'Lazy FPU',
          cve: 'CVE-2018-3665',
          public_time: '2018-06-13T12:00:00Z',
        },
      ],
    },
  ];

  it('parses both time forms to the exact UTC instant, and is idempotent', () => {
    const backend = tempBackend();
    const report = importText(backend, JSON.stringify(list));
    expect(report).toMatchObject({
      format: 'xsa.json',
      applied: true,
      added: ['XSA-263', 'XSA-267'],
    });
    const advisories = backend.ok('advisories.list', {});
    expect(advisories.map((a) => [a.key, a.publicAt, a.status, a.cves])).toEqual([
      ['XSA-263', '2018-05-21T21:00:00Z', 'public', ['CVE-2018-3639']],
      ['XSA-267', '2018-06-13T12:00:00Z', 'public', ['CVE-2018-3665']],
    ]);
    expect(importText(backend, JSON.stringify(list))).toMatchObject({
      added: [],
      changed: [],
      unchanged: 2,
    });
    backend.close();
  });

  it("marks an embargoed advisory public when Xen's list has published it, and not before", () => {
    const backend = tempBackend();
    backend.ok('releases.create', sampleRelease);
    backend.ok('advisories.create', {
      key: 'XSA-263',
      title: 'Our working title',
      status: 'embargoed',
      publicAt: '2018-05-21T21:00:00Z',
      affects: ['4.11'],
    });
    backend.ok('advisories.create', {
      key: 'XSA-999',
      status: 'embargoed',
      publicAt: '2027-01-20T12:00:00Z',
      affects: ['4.11'],
    });
    const upcoming = { xsa: 999, title: '', cve: [], public_time: '2027-01-20 12:00' };
    const report = importText(
      backend,
      JSON.stringify([{ xsas: [...list[0].xsas.slice(0, 1), upcoming] }]),
    );
    expect(report).toMatchObject({ changed: ['XSA-263'], unchanged: 1 });
    const byKey = new Map(backend.ok('advisories.list', {}).map((a) => [a.key, a]));
    expect(byKey.get('XSA-263')).toMatchObject({
      status: 'public',
      title: 'Speculative Store Bypass',
    });
    expect(byKey.get('XSA-999')?.status).toBe('embargoed');
    backend.close();
  });

  it('lists malformed entries by index and imports nothing', () => {
    const backend = tempBackend();
    const broken = structuredClone(list);
    broken[0].xsas.push({ xsa: 268, title: 'x', cve: [], public_time: 'next Tuesday' } as never);
    const report = importText(backend, JSON.stringify(broken));
    expect(report.applied).toBe(false);
    expect(report.refused).toEqual([
      {
        where: '[0].xsas[2] (XSA-268)',
        reason:
          'public_time: "next Tuesday" is not a date and time (want 2018-05-21T12:00:00Z or 2018-05-21 12:00)',
      },
    ]);
    expect(backend.ok('advisories.list', {})).toEqual([]);
    backend.close();
  });
});

describe('bundle export profiles', () => {
  function planWithEmbargo() {
    const backend = tempBackend();
    backend.ok('releases.create', sampleRelease);
    backend.ok('advisories.create', sampleAdvisory); // marked public
    backend.ok('advisories.create', {
      key: 'XSA-999',
      title: 'Secret hypervisor escape',
      cves: ['CVE-2026-99999'],
      predisclosureAt: '2026-12-01T12:00:00Z',
      publicAt: '2026-12-15T12:00:00Z',
      affects: ['4.11'],
      followUps: [{ summary: 'secret follow-up', expectedAt: '2026-12-20' }],
      notes: 'discoverer is Jane',
    });
    return backend;
  }

  it('public (the default) leaves embargoed advisories out entirely', () => {
    const backend = planWithEmbargo();
    const bundle = backend.ok('exchange.exportBundle', {});
    expect(bundle.profile).toBe('public');
    const text = JSON.stringify(bundle);
    for (const secret of ['XSA-999', 'Secret', 'CVE-2026-99999', 'secret follow-up', 'Jane'])
      expect(text).not.toContain(secret);
    expect(text).toContain('XSA-263');
    backend.close();
  });

  it('predisclosure shows key and lift only', () => {
    const backend = planWithEmbargo();
    const bundle = backend.ok('exchange.exportBundle', { profile: 'predisclosure' });
    const advisories = bundle.advisories as { key: string }[];
    expect(advisories.find((a) => a.key === 'XSA-999')).toEqual({
      key: 'XSA-999',
      title: '',
      cves: [],
      status: 'embargoed',
      predisclosureAt: null,
      publicAt: '2026-12-15T12:00:00Z',
      affects: [],
      followUps: [],
      notes: '',
    });
    backend.close();
  });

  it('team carries everything', () => {
    const backend = planWithEmbargo();
    const text = JSON.stringify(backend.ok('exchange.exportBundle', { profile: 'team' }));
    for (const secret of ['Secret hypervisor escape', 'CVE-2026-99999', 'secret follow-up', 'Jane'])
      expect(text).toContain(secret);
    backend.close();
  });
});

describe('sample plan', () => {
  it('loads into an empty database only', () => {
    const backend = tempBackend();
    const plan = backend.ok('plan.loadSample', {});
    expect(plan.releases.map((r) => r.name)).toEqual(['4.20', '4.21']);
    expect(plan.advisories.length).toBeGreaterThan(2);
    expect(backend.fails('plan.loadSample', {}).code).toBe('conflict');
    backend.close();
  });

  it('Xen history: 4.6–4.16 released, every XSA public or withdrawn, and the planner learns from it', () => {
    const backend = tempBackend();
    const plan = backend.ok('plan.loadSample', { sample: 'xen-history' });
    expect(plan.releases.map((r) => r.name)).toEqual([
      '4.6',
      '4.7',
      '4.8',
      '4.9',
      '4.10',
      '4.11',
      '4.12',
      '4.13',
      '4.14',
      '4.15',
      '4.16',
    ]);
    expect(plan.releases.every((r) => r.status === 'released')).toBe(true);
    expect(plan.advisories).toHaveLength(398);
    expect(new Set(plan.advisories.map((a) => a.status))).toEqual(new Set(['public', 'withdrawn']));
    const { evidence } = analyse(plan, '2022-07-01');
    expect(evidence.buffer).toMatchObject({ source: 'history', min: 1, max: 20 });
    expect(evidence.buffer.samples).toHaveLength(8);
    expect(backend.fails('plan.loadSample', { sample: 'xen-history' }).code).toBe('conflict');
    expect(backend.fails('plan.loadSample', { sample: 'xen' }).message).toMatch(/^sample: /);
    backend.close();
  });
});

describe('release blockers in bundles', () => {
  const blocker = {
    title: 'osstest push gate',
    kind: 'test-gate',
    openedOn: '2018-05-20',
    expectedOn: null,
    resolvedOn: null,
  };

  it('travel in every profile and come back whole', () => {
    const backend = tempBackend();
    backend.ok('releases.create', { ...sampleRelease, blockers: [blocker] });
    const exported = backend.ok('exchange.exportBundle', { profile: 'public' }) as {
      releases: { blockers: unknown[] }[];
    };
    expect(exported.releases[0].blockers).toEqual([blocker]);
    const other = tempBackend();
    expect(importText(other, JSON.stringify(exported)).added).toEqual(['release 4.11']);
    expect(other.ok('releases.list', {})[0].blockers).toMatchObject([blocker]);
    // The same file again changes nothing.
    expect(importText(other, JSON.stringify(exported))).toMatchObject({
      changed: [],
      unchanged: 1,
    });
    backend.close();
    other.close();
  });

  it('a bundle without the field (written before blockers) leaves ours alone', () => {
    const backend = tempBackend();
    backend.ok('releases.create', { ...sampleRelease, blockers: [blocker] });
    const old = {
      format: 'embargo-planner/bundle',
      version: 1,
      exportedAt: '2018-05-01T12:00:00Z',
      profile: 'team',
      releases: [{ ...sampleRelease, status: 'planned' }],
      advisories: [],
    };
    const report = importText(backend, JSON.stringify(old));
    expect(report.refused).toEqual([]);
    expect(backend.ok('releases.list', {})[0].blockers).toMatchObject([blocker]);
    backend.close();
  });
});

describe('bundle import: settings and holidays', () => {
  const file = (settings: Record<string, unknown>) =>
    JSON.stringify({ format: 'embargo-planner/bundle', version: 1, settings });

  function ours() {
    const backend = tempBackend();
    backend.ok('settings.update', {
      revision: 0,
      holidays: ['2026-12-25', '2026-12-26'],
      holidayNames: { '2026-12-25': 'Christmas Day' },
    });
    return backend;
  }

  const theirs = file({
    warnWindowDays: 21,
    autoPublishAtLift: true,
    holidays: ['2026-12-25', '2027-04-02'],
    holidayNames: { '2027-04-02': 'Good Friday' },
  });

  it('never replaces settings silently: by default keeps ours, merges holidays, and lists every difference', () => {
    const backend = ours();
    const preview = importText(backend, theirs, true);
    expect(preview.settingsDifferences).toEqual({
      settings: [
        { field: 'warnWindowDays', label: 'Warning window', ours: '14 days', theirs: '21 days' },
        {
          field: 'autoPublishAtLift',
          label: 'Make advisories public at their lift time',
          ours: 'off',
          theirs: 'on',
        },
      ],
      holidays: {
        theirsOnly: [{ date: '2027-04-02', name: 'Good Friday' }],
        oursOnly: [{ date: '2026-12-26', name: 'Holiday' }],
        renamed: [],
      },
      settingsChoice: 'keep',
      holidayChoice: 'merge',
    });
    expect(preview.changed).toEqual(['settings']);
    importText(backend, theirs);
    expect(backend.ok('settings.get', {})).toMatchObject({
      warnWindowDays: 14,
      autoPublishAtLift: false,
      holidays: ['2026-12-25', '2026-12-26', '2027-04-02'],
      holidayNames: { '2026-12-25': 'Christmas Day', '2027-04-02': 'Good Friday' },
    });
    backend.close();
  });

  it("takes the file's settings, or keeps our holidays, when the user chooses so", () => {
    const backend = ours();
    const report = backend.ok('exchange.import', {
      content: theirs,
      fileName: 'team.json',
      settings: 'take',
      holidays: 'keep',
    });
    expect(report).toMatchObject({ applied: true, changed: ['settings'] });
    expect(backend.ok('settings.get', {})).toMatchObject({
      warnWindowDays: 21,
      autoPublishAtLift: true,
      holidays: ['2026-12-25', '2026-12-26'],
    });
    backend.ok('undo.undo', {});
    expect(backend.ok('settings.get', {})).toMatchObject({ warnWindowDays: 14 });
    backend.close();
  });

  it('reports nothing to change when keeping ours and the holidays are all known', () => {
    const backend = ours();
    const same = file({ warnWindowDays: 21, holidays: ['2026-12-25'] });
    const report = importText(backend, same, true);
    expect(report.changed).toEqual([]);
    expect(report.settingsDifferences?.settings).toHaveLength(1);
    expect(report.settingsDifferences?.holidays.oursOnly).toEqual([
      { date: '2026-12-26', name: 'Holiday' },
    ]);
    backend.close();
  });
});

describe('a team bundle exchanged back and forth', () => {
  /** The security team and the release manager, each with a database of their own. */
  function twoSides() {
    const security = tempBackend();
    const manager = tempBackend();
    security.ok('releases.create', sampleRelease);
    security.ok('advisories.create', { ...sampleAdvisory, status: 'embargoed' });
    security.ok('advisories.create', {
      ...sampleAdvisory,
      key: 'XSA-264',
      status: 'embargoed',
      publicAt: '2018-06-27T12:00:00Z',
    });
    const first = security.ok('exchange.exportBundle', { profile: 'team' });
    expect(importText(manager, JSON.stringify(first)).applied).toBe(true);
    const advisory = (backend: TestBackend, key: string) =>
      backend.ok('advisories.list', {}).find((a) => a.key === key)!;
    return { security, manager, advisory };
  }

  it('shows a record both sides changed since the last exchange, and keeps ours unless asked', () => {
    const { security, manager, advisory } = twoSides();
    // The manager notes something; the security team moves the same embargo.
    const mine = advisory(manager, 'XSA-263');
    manager.ok('advisories.update', { id: mine.id, revision: mine.revision, notes: 'RM: tracked' });
    const theirs = advisory(security, 'XSA-263');
    security.ok('advisories.update', {
      id: theirs.id,
      revision: theirs.revision,
      publicAt: '2018-05-28T12:00:00Z',
      reason: 'discoverer asked for a week',
    });
    // Only the security team changed XSA-264.
    const other = advisory(security, 'XSA-264');
    security.ok('advisories.update', { id: other.id, revision: other.revision, title: 'Fix' });
    const second = JSON.stringify(security.ok('exchange.exportBundle', { profile: 'team' }));

    const preview = manager.ok('exchange.import', { content: second, preview: true });
    expect(preview.conflicts).toEqual([{ record: 'XSA-263', kept: 'ours' }]);
    expect(preview.changed).toEqual(['XSA-264']);

    const kept = manager.ok('exchange.import', { content: second });
    expect(kept).toMatchObject({ applied: true, conflicts: [{ record: 'XSA-263', kept: 'ours' }] });
    expect(advisory(manager, 'XSA-263')).toMatchObject({
      notes: 'RM: tracked',
      publicAt: '2018-05-21T12:00:00Z',
    });
    expect(advisory(manager, 'XSA-264').title).toBe('Fix');

    // Asked to take the file's: the conflict is named again, and theirs wins.
    const taken = manager.ok('exchange.import', { content: second, conflicts: 'theirs' });
    expect(taken.conflicts).toEqual([{ record: 'XSA-263', kept: 'theirs' }]);
    expect(advisory(manager, 'XSA-263').publicAt).toBe('2018-05-28T12:00:00Z');
    security.close();
    manager.close();
  });

  it('finds no conflict where only one side changed, nor in a preview export or a redacted bundle', () => {
    const { security, manager, advisory } = twoSides();
    const theirs = advisory(security, 'XSA-263');
    security.ok('advisories.update', { id: theirs.id, revision: theirs.revision, title: 'New' });
    // A preview does not move the security team's marks.
    security.ok('exchange.exportBundle', { profile: 'team', preview: true });
    const second = JSON.stringify(security.ok('exchange.exportBundle', { profile: 'team' }));
    expect(manager.ok('exchange.import', { content: second, preview: true })).toMatchObject({
      conflicts: [],
      changed: ['XSA-263'],
    });
    // A public bundle carries no marks at all.
    const pub = security.ok('exchange.exportBundle', { profile: 'public' }) as {
      releases: object[];
    };
    expect(pub.releases.every((r) => !('base' in r))).toBe(true);
    security.close();
    manager.close();
  });

  it('refuses a malformed mark, naming where it is', () => {
    const backend = tempBackend();
    const bundle = {
      format: 'embargo-planner/bundle',
      version: 1,
      profile: 'team',
      releases: [{ name: '4.11', base: 'not-hex' }],
      advisories: [],
    };
    expect(backend.fails('exchange.import', { content: JSON.stringify(bundle) }).message).toMatch(
      /releases\[0\]\.base: must be 16 hex digits/,
    );
    backend.close();
  });
});
