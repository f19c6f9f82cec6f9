import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Advisory } from '../domain/advisory';
import {
  embargoedAdvisory,
  NOW,
  publicAdvisory,
  release411,
  sourceOf,
} from '../testing/calendarData';
import { exportIcs } from './icsExport';
import { parseIcs } from '../testing/icsTestRead';
import type { CalendarSource } from './calendarEntries';
import type { Tombstone } from './tombstones';

const octets = (text: string) => new TextEncoder().encode(text).length;
const plan = sourceOf([release411], [publicAdvisory, embargoedAdvisory]);

describe('iCalendar export, read back with ical.js', () => {
  const { content, events } = exportIcs(plan, { profile: 'team', now: NOW });
  const parsed = parseIcs(content);
  const bySummary = (summary: string) => parsed.find((e) => e.summary === summary);

  it('writes milestones as all-day events and lifts as UTC instants', () => {
    expect(events).toBe(parsed.length);
    expect(bySummary('4.11: Hard code freeze')).toMatchObject({
      allDay: true,
      start: '2018-04-13',
      end: '2018-04-14',
      status: null,
    });
    // The current plan, not the baseline, is the event's date.
    expect(bySummary('4.11: Release')).toMatchObject({ start: '2018-07-10', allDay: true });
    expect(bySummary('XSA-263 public')).toMatchObject({
      allDay: false,
      start: '2018-05-21T12:00:00Z',
      end: null,
    });
    expect(bySummary('XSA-999 public')?.start).toBe('2026-12-15T12:00:00Z');
  });

  it('keeps commas, semicolons, backslashes, newlines and non-ASCII text intact', () => {
    const lift = bySummary('XSA-263 public');
    expect(lift?.description).toBe(
      [
        publicAdvisory.title,
        'CVE-2018-3639',
        'Affects 4.11',
        'Pre-disclosure 2018-05-07 12:00 UTC',
        `Notes: ${publicAdvisory.notes}`,
      ].join('\n'),
    );
    expect(bySummary('XSA-263 follow-up: Arm SSBD control; part 2, ünïcode')).toMatchObject({
      allDay: true,
      start: '2018-06-22',
    });
    expect(content).toContain('SUMMARY:XSA-263 follow-up: Arm SSBD control\\; part 2\\, ünïcode');
  });

  it('writes UID, SEQUENCE and DTSTAMP on every event', () => {
    for (const event of parsed) {
      expect(event.uid).toMatch(/^[maf]0+\d+$/);
      expect(event.sequence).toBe(0);
      expect(event.stamp).toBe('2026-11-25T10:00:00Z');
    }
    expect(new Set(parsed.map((e) => e.uid)).size).toBe(parsed.length);
  });

  it('writes CRLF lines of at most 75 octets and ends with CRLF', () => {
    expect(content.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const lines = content.slice(0, -2).split('\r\n');
    expect(lines.every((line) => !line.includes('\n') && !line.includes('\r'))).toBe(true);
    expect(Math.max(...lines.map(octets))).toBeLessThanOrEqual(75);
    // The long title made at least one fold, inside a multi-octet text.
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
  });

  it('names the calendar and says plainly what the profile holds', () => {
    const calendar = new ICAL.Component(ICAL.parse(content) as unknown[]);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(
      'Embargo Planner: all releases (team)',
    );
    // ical.js leaves X- properties raw; calendar clients read this one as escaped TEXT.
    expect(String(calendar.getFirstPropertyValue('x-wr-caldesc'))).toMatch(
      /^Team: EVERYTHING\\, including embargoed titles\\, CVEs/,
    );
    expect(calendar.getFirstPropertyValue('prodid')).toBe(
      '-//Embargo Planner//Embargo Planner//EN',
    );
  });
});

describe('profiles', () => {
  const secrets = ['XSA-999', 'Secret hypervisor', 'CVE-2026-99999', 'secret follow-up', 'Jane'];

  it('public (the default choice) leaves embargoed advisories out entirely, notes too', () => {
    const { content } = exportIcs(plan, { profile: 'public', now: NOW });
    for (const secret of [...secrets, 'discoverer', 'Line one'])
      expect(content).not.toContain(secret);
    expect(parseIcs(content).map((e) => e.summary)).toContain('XSA-263 public');
  });

  it('predisclosure shows an embargo by key and lift only', () => {
    const { content } = exportIcs(plan, { profile: 'predisclosure', now: NOW });
    const embargo = parseIcs(content).find((e) => e.summary === 'XSA-999 public');
    expect(embargo).toMatchObject({
      start: '2026-12-15T12:00:00Z',
      description: 'Embargoed until 2026-12-15 12:00 UTC',
    });
    for (const secret of secrets.slice(1)) expect(content).not.toContain(secret);
  });

  it('one release: its milestones and the advisories that affect it', () => {
    const other = { ...release411, id: 2, name: '4.12', milestones: [] };
    const notOurs: Advisory = { ...publicAdvisory, id: 3, key: 'XSA-300', affects: ['4.12'] };
    const source = sourceOf([release411, other], [publicAdvisory, notOurs, embargoedAdvisory]);
    const summaries = (profile: 'public' | 'predisclosure') =>
      parseIcs(exportIcs(source, { profile, now: NOW, release: '4.11' }).content).map(
        (e) => e.summary,
      );
    expect(summaries('public')).toContain('XSA-263 public');
    expect(summaries('public')).not.toContain('XSA-300 public');
    // Pre-disclosure withholds what an embargo affects, so each release's calendar has it.
    expect(summaries('predisclosure')).toContain('XSA-999 public');
  });
});

describe('cancelled events', () => {
  const day = 86_400_000;
  const deletedAt = (daysAgo: number) =>
    new Date(NOW.getTime() - daysAgo * day).toISOString().replace(/\.\d{3}Z$/, 'Z');

  const tombstones: Tombstone[] = [
    {
      uid: 'gone-milestone',
      sequence: 3,
      deletedAt: deletedAt(10),
      item: {
        kind: 'milestone',
        release: '4.11',
        milestoneKind: 'rc',
        label: 'RC2',
        date: '2018-05-01',
      },
    },
    {
      uid: 'gone-embargo',
      sequence: 2,
      deletedAt: deletedAt(5),
      item: {
        kind: 'advisory',
        key: 'XSA-998',
        status: 'embargoed',
        publicAt: '2026-12-30T12:00:00Z',
        affects: ['4.11'],
      },
    },
    {
      uid: 'gone-public',
      sequence: 1,
      deletedAt: deletedAt(5),
      item: {
        kind: 'advisory',
        key: 'XSA-250',
        status: 'public',
        publicAt: '2018-01-01T12:00:00Z',
        affects: [],
      },
    },
    {
      uid: 'long-gone',
      sequence: 1,
      deletedAt: deletedAt(91),
      item: {
        kind: 'advisory',
        key: 'XSA-100',
        status: 'public',
        publicAt: '2017-01-01T12:00:00Z',
        affects: [],
      },
    },
  ];
  const withdrawn: Advisory = { ...embargoedAdvisory, id: 4, key: 'XSA-997', status: 'withdrawn' };
  const dropped: Advisory = {
    ...publicAdvisory,
    followUps: [{ ...publicAdvisory.followUps[0], status: 'dropped' }],
  };
  const droppedUid = 'f000000000000000000000000000101';
  const published = new Set(['gone-milestone', 'gone-public', 'gone-embargo', 'long-gone']);
  const source: CalendarSource = {
    ...sourceOf([release411], [dropped, withdrawn], tombstones),
    // What earlier public exports carried: everything but the embargo, and not the follow-up.
    publishedPublic: published,
  };
  const cancelled = (profile: 'public' | 'predisclosure' | 'team', from = source) =>
    parseIcs(exportIcs(from, { profile, now: NOW }).content)
      .filter((e) => e.status === 'CANCELLED')
      .map((e) => [e.uid, e.sequence, e.summary]);

  it('shows deleted, withdrawn and dropped items as CANCELLED with the tombstone SEQUENCE', () => {
    expect(cancelled('team')).toEqual(
      expect.arrayContaining([
        ['gone-milestone', 3, '4.11: RC2'],
        ['gone-embargo', 2, 'XSA-998 public'],
        ['gone-public', 1, 'XSA-250 public'],
        ['a000000000000000000000000000004', 0, 'XSA-997 public'],
        [droppedUid, 0, 'XSA-263 follow-up: Arm SSBD control; part 2, ünïcode'],
      ]),
    );
  });

  it('leaves the events around a cancelled one as they are', () => {
    const events = parseIcs(exportIcs(source, { profile: 'team', now: NOW }).content);
    const live = events.filter(
      (e) => !e.uid.startsWith('gone') && !e.summary.startsWith('XSA-997'),
    );
    expect(live.map((e) => [e.summary, e.status, e.allDay])).toEqual([
      ['4.11: Hard code freeze', null, true],
      ['XSA-263 public', null, false],
      ['XSA-263 follow-up: Arm SSBD control; part 2, ünïcode', 'CANCELLED', true],
      ['4.11: Release', null, true],
    ]);
  });

  it('drops a tombstone after 90 days', () => {
    expect(cancelled('team').map(([uid]) => uid)).not.toContain('long-gone');
  });

  it('never shows a public calendar the cancellation of an embargo it never saw', () => {
    const shown = cancelled('public').map(([uid]) => uid);
    expect(shown).toEqual(expect.arrayContaining(['gone-milestone', 'gone-public']));
    // Even were its UID recorded, an embargo deleted before its lift stays out.
    expect(shown).not.toContain('gone-embargo');
    const text = exportIcs(source, { profile: 'public', now: NOW }).content;
    for (const key of ['XSA-998', 'XSA-997']) expect(text).not.toContain(key);
    expect(cancelled('predisclosure').map(([uid]) => uid)).toContain('gone-embargo');
  });

  it('cancels in a public calendar only what an earlier public export carried', () => {
    // The dropped follow-up of a public advisory was never exported publicly.
    expect(cancelled('public').map(([uid]) => uid)).not.toContain(droppedUid);
    const withIt = { ...source, publishedPublic: new Set([...published, droppedUid]) };
    expect(cancelled('public', withIt).map(([uid]) => uid)).toContain(droppedUid);
    // Nothing recorded (a first export, or no record given): no cancellation at all.
    const none = { ...source, publishedPublic: undefined };
    expect(cancelled('public', none)).toEqual([]);
    // The team's own calendars are not public: they keep every cancellation.
    expect(cancelled('team', none).map(([uid]) => uid)).toContain(droppedUid);
  });
});
