import { describe, expect, it } from 'vitest';
import { parseIcs } from '../../shared/testing/icsTestRead';
import {
  sampleAdvisory,
  sampleRelease,
  tempBackend,
  tempDbFile,
  type TestBackend,
} from '../testing/tempBackend';

const DAY = 86_400_000;

/** What a subscribed calendar client would see. */
function clientView(backend: TestBackend, profile = 'team', release: string | null = null) {
  return parseIcs(backend.ok('calendars.exportIcs', { profile, release }).content);
}

const embargo = {
  key: 'XSA-999',
  title: 'Secret hypervisor escape',
  cves: ['CVE-2026-99999'],
  predisclosureAt: '2026-12-01T12:00:00Z',
  publicAt: '2026-12-15T12:00:00Z',
  affects: ['4.11'],
  notes: 'discoverer is Jane',
};

describe('calendar export: identity as a calendar client sees it', () => {
  it('keeps the UID and raises SEQUENCE when a date changes through a handler', () => {
    const backend = tempBackend();
    const release = backend.ok('releases.create', sampleRelease);
    const advisory = backend.ok('advisories.create', sampleAdvisory);
    const before = clientView(backend);

    const milestones = release.milestones.map((m) =>
      m.kind === 'release' ? { ...m, planned: '2018-07-10' } : m,
    );
    backend.ok('releases.update', { id: release.id, revision: release.revision, milestones });
    backend.ok('advisories.update', {
      id: advisory.id,
      revision: advisory.revision,
      publicAt: '2018-05-22T12:00:00Z',
      title: 'renamed', // not a date: no new SEQUENCE of its own
      reason: 'discoverer asked for a day more',
    });
    const after = clientView(backend);

    const pick = (events: typeof before, summary: string) =>
      events.find((e) => e.summary === summary)!;
    expect(pick(after, '4.11: Release').uid).toBe(pick(before, '4.11: Release').uid);
    expect(pick(after, '4.11: Release')).toMatchObject({ start: '2018-07-10', sequence: 1 });
    expect(pick(before, '4.11: Release').sequence).toBe(0);
    expect(pick(after, '4.11: Feature freeze')).toEqual(pick(before, '4.11: Feature freeze'));
    expect(pick(after, 'XSA-263 public')).toMatchObject({
      uid: pick(before, 'XSA-263 public').uid,
      start: '2018-05-22T12:00:00Z',
      sequence: 1,
    });
    backend.close();
  });

  it('shows a deleted item as CANCELLED with a higher SEQUENCE for 90 days, and not after', () => {
    const file = tempDbFile();
    const backend = tempBackend(file, () => new Date());
    const release = backend.ok('releases.create', sampleRelease);
    const hardFreeze = clientView(backend).find((e) => e.summary === '4.11: Hard code freeze')!;
    backend.ok('releases.update', {
      id: release.id,
      revision: release.revision,
      milestones: release.milestones.filter((m) => m.kind !== 'hard-code-freeze'),
    });
    expect(clientView(backend).find((e) => e.uid === hardFreeze.uid)).toMatchObject({
      status: 'CANCELLED',
      sequence: hardFreeze.sequence + 1,
      summary: '4.11: Hard code freeze',
      start: '2018-04-13',
    });
    backend.close();

    const later = (days: number) => {
      const other = tempBackend(file, () => new Date(Date.now() + days * DAY));
      const found = clientView(other).some((e) => e.uid === hardFreeze.uid);
      other.close();
      return found;
    };
    expect(later(89)).toBe(true);
    expect(later(91)).toBe(false);
  });

  it('cancels a withdrawn advisory for the team, and never names a deleted embargo in public', () => {
    const backend = tempBackend(tempDbFile(), () => new Date('2026-11-25T10:00:00Z'));
    backend.ok('releases.create', sampleRelease);
    const secret = backend.ok('advisories.create', embargo);
    const other = backend.ok('advisories.create', { ...embargo, key: 'XSA-998' });
    backend.ok('advisories.update', {
      id: other.id,
      revision: other.revision,
      status: 'withdrawn',
    });
    backend.ok('advisories.delete', { id: secret.id, revision: secret.revision });

    const team = clientView(backend).filter((e) => e.status === 'CANCELLED');
    expect(team.map((e) => [e.summary, e.sequence]).sort()).toEqual([
      ['XSA-998 public', 1],
      ['XSA-999 public', 1],
    ]);
    const predisclosure = clientView(backend, 'predisclosure');
    expect(predisclosure.map((e) => [e.summary, e.status])).toContainEqual([
      'XSA-999 public',
      'CANCELLED',
    ]);
    const publicText = backend.ok('calendars.exportIcs', {}).content;
    for (const leak of ['XSA-999', 'XSA-998', 'Secret', 'CVE-2026', 'Jane'])
      expect(publicText).not.toContain(leak);
    backend.close();
  });

  it('exports one release by name, and says which release is unknown', () => {
    const backend = tempBackend();
    backend.ok('releases.create', sampleRelease);
    backend.ok('releases.create', { ...sampleRelease, name: '4.12' });
    const exported = backend.ok('calendars.exportIcs', { release: '4.12', profile: 'public' });
    expect(exported.fileName).toBe('embargo-planner-4.12-public.ics');
    expect(exported.notice).toMatch(/^Public: no embargoed advisory/);
    expect(parseIcs(exported.content).every((e) => e.summary.startsWith('4.12: '))).toBe(true);
    expect(backend.fails('calendars.exportIcs', { release: '4.99' })).toEqual({
      code: 'not_found',
      message: 'release: no release named 4.99',
    });
    backend.close();
  });
});

describe('schedule mail', () => {
  it('writes one release by name, without embargo details by default', () => {
    const backend = tempBackend();
    backend.ok('releases.create', sampleRelease);
    backend.ok('advisories.create', embargo);
    const mail = backend.ok('calendars.scheduleMail', { release: '4.11' });
    expect(mail.subject).toBe('4.11 release schedule');
    expect(mail.text).toContain('  Fri  1 Jun 2018  **tentative**  Release\n');
    expect(mail.text).not.toContain('XSA-999');
    const team = backend.ok('calendars.scheduleMail', { release: '4.11', profile: 'team' });
    expect(team.notice).toMatch(/EVERYTHING/);
    expect(team.text).toContain('Secret hypervisor escape');
    expect(backend.fails('calendars.scheduleMail', { release: '5.0' }).code).toBe('not_found');
    backend.close();
  });
});

const HOLIDAYS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'X-WR-CALNAME:Bank holidays',
  'BEGIN:VEVENT',
  'UID:xmas',
  'DTSTART;VALUE=DATE:20261225',
  'SUMMARY:Christmas',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:boxing',
  'DTSTART;VALUE=DATE:20261226',
  'SUMMARY:Boxing day',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

describe('holiday import', () => {
  it('previews, then adds the days to the working-day calendar, then finds nothing new', () => {
    const backend = tempBackend();
    backend.ok('settings.update', { revision: 0, holidays: ['2026-12-25'] });
    const preview = backend.ok('calendars.importHolidays', {
      content: HOLIDAYS,
      fileName: 'hols.ics',
      preview: true,
    });
    expect(preview).toEqual({
      applied: false,
      added: ['2026-12-26'],
      unchanged: 1,
      skipped: [],
      holidays: 2,
      named: 1,
      days: [
        { date: '2026-12-25', name: 'Christmas', change: 'name' },
        { date: '2026-12-26', name: 'Boxing day', change: 'add' },
      ],
    });
    expect(backend.ok('settings.get', {}).holidays).toEqual(['2026-12-25']);
    expect(backend.ok('calendars.importHolidays', { content: HOLIDAYS }).applied).toBe(true);
    expect(backend.ok('settings.get', {})).toMatchObject({
      holidays: ['2026-12-25', '2026-12-26'],
      holidayNames: { '2026-12-25': 'Christmas', '2026-12-26': 'Boxing day' },
    });
    expect(backend.ok('calendars.importHolidays', { content: HOLIDAYS })).toMatchObject({
      added: [],
      unchanged: 2,
      named: 0,
    });
    expect(backend.ok('undo.state', {}).undoLabel).toBe('Import holidays from calendar.ics');
    backend.close();
  });

  it('keeps the names a user gave; the file only names holidays that had none', () => {
    const backend = tempBackend();
    backend.ok('settings.update', {
      revision: 0,
      holidays: ['2026-12-25'],
      holidayNames: { '2026-12-25': 'Weihnachten' },
    });
    const report = backend.ok('calendars.importHolidays', { content: HOLIDAYS });
    expect(report.days[0]).toEqual({ date: '2026-12-25', name: 'Christmas', change: 'none' });
    expect(backend.ok('settings.get', {}).holidayNames).toEqual({
      '2026-12-25': 'Weihnachten',
      '2026-12-26': 'Boxing day',
    });
    backend.close();
  });

  it('refuses a malformed file whole, naming the file, and changes nothing', () => {
    const backend = tempBackend();
    const broken = HOLIDAYS.replace('DTSTART;VALUE=DATE:20261226', 'DTSTART;VALUE=DATE:20261236');
    expect(
      backend.fails('calendars.importHolidays', { content: broken, fileName: 'hols.ics' }),
    ).toEqual({
      code: 'invalid_input',
      message: 'hols.ics: event 2 (UID boxing): DTSTART is not a valid date value',
    });
    const timedOnly = HOLIDAYS.replace(/;VALUE=DATE:(\d{8})/g, ':$1T100000Z');
    expect(
      backend.fails('calendars.importHolidays', { content: timedOnly, fileName: 'hols.ics' })
        .message,
    ).toBe('hols.ics: no all-day events to take as holidays (2 skipped: not an all-day event, …)');
    expect(backend.ok('settings.get', {}).holidays).toEqual([]);
    backend.close();
  });
});

describe('reference calendars', () => {
  it('imports, lists, replaces on re-import and deletes a read-only lane', () => {
    const backend = tempBackend();
    const first = backend.ok('calendars.importReference', {
      content: HOLIDAYS,
      fileName: '/tmp/other.ics',
    });
    expect(first).toMatchObject({
      applied: true,
      name: 'Bank holidays',
      replaced: false,
      events: 2,
    });
    const listed = backend.ok('calendars.listReferences', {});
    expect(listed).toEqual([
      {
        id: first.id,
        name: 'Bank holidays',
        fileName: 'other.ics',
        importedAt: '2026-11-25T10:00:00Z',
        events: [
          { uid: 'xmas', summary: 'Christmas', start: '2026-12-25', end: '2026-12-25' },
          { uid: 'boxing', summary: 'Boxing day', start: '2026-12-26', end: '2026-12-26' },
        ],
      },
    ]);
    const again = backend.ok('calendars.importReference', {
      content: HOLIDAYS.replace('Boxing day', 'St Stephen'),
    });
    expect(again).toMatchObject({ id: first.id, replaced: true });
    expect(backend.ok('calendars.listReferences', {})[0].events[1].summary).toBe('St Stephen');
    const preview = backend.ok('calendars.importReference', {
      content: HOLIDAYS,
      name: 'Qemu 10',
      preview: true,
    });
    expect(preview).toMatchObject({ applied: false, id: null, name: 'Qemu 10' });
    expect(backend.ok('calendars.listReferences', {})).toHaveLength(1);

    expect(backend.ok('calendars.deleteReference', { id: first.id })).toEqual({ id: first.id });
    expect(backend.ok('calendars.listReferences', {})).toEqual([]);
    expect(backend.fails('calendars.deleteReference', { id: first.id }).code).toBe('not_found');
    backend.close();
  });
});

describe('timeline picture', () => {
  it('draws the plan with its reference lanes under the profile; team only when asked', () => {
    const backend = tempBackend();
    backend.ok('releases.create', {
      name: '4.30',
      milestones: [
        { kind: 'feature-freeze', planned: '2026-12-15' },
        { kind: 'release', planned: '2027-02-09' },
      ],
    });
    backend.ok('advisories.create', {
      ...embargo,
      publicAt: '2027-01-20T12:00:00Z',
      affects: ['4.30'],
    });
    backend.ok('calendars.importReference', {
      content: HOLIDAYS,
      fileName: 'linux.ics',
      name: 'Linux releases',
    });
    const picture = backend.ok('calendars.exportPicture', {});
    expect(picture).toMatchObject({
      fileName: 'embargo-planner-plan-public.svg',
      profile: 'public',
      notice: 'Public: no embargoed advisory is shown.',
    });
    for (const secret of ['XSA-999', 'Secret hypervisor', 'Jane'])
      expect(picture.content).not.toContain(secret);
    expect(picture.content).toContain('Linux releases');
    expect(picture.content).toContain('Christmas');

    const team = backend.ok('calendars.exportPicture', { profile: 'team', release: '4.30' });
    expect(team.fileName).toBe('embargo-planner-4.30-team.svg');
    expect(team.content).toContain('XSA-999 · Secret hypervisor escape');
    expect(team.content).not.toContain('Jane');

    // The same picture as a PNG: drawn here, twice the width, carried in base64.
    const png = backend.ok('calendars.exportPicture', { format: 'png', width: 900 });
    expect(png).toMatchObject({ fileName: 'embargo-planner-plan-public.png', format: 'png' });
    const bytes = Buffer.from(png.content, 'base64');
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(bytes.readUInt32BE(16)).toBe(1800);
    expect(bytes.readUInt32BE(20)).toBe(png.height * 2);

    expect(
      backend.fails('calendars.exportPicture', { from: '2027-02-01', to: '2027-01-01' }),
    ).toEqual({
      code: 'invalid_input',
      message: 'to: ends (2027-01-01) before it starts (2027-02-01)',
    });
    expect(backend.fails('calendars.exportPicture', { width: 20 }).message).toMatch(/^width: /);
    backend.close();
  });
});
