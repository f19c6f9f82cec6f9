import type { Advisory } from '../domain/advisory';
import { MILESTONE_LABELS, type Milestone, type Release } from '../domain/release';
import type { Profile } from '../domain/profile';
import { redactAdvisory } from '../exchange/exportBundle';
import type { CalendarIdentities, CalendarIdentity } from './identity';
import { concernsRelease, type SharedAdvisory } from './releaseScope';
import { advisoryOfTombstone, isTombstoneCurrent, type Tombstone } from './tombstones';

/** One event of an exported calendar, before it is written as iCalendar. */
export interface CalendarEntry {
  uid: string;
  sequence: number;
  kind: 'milestone' | 'embargo' | 'follow-up';
  summary: string;
  /** YYYY-MM-DD for an all-day entry, else a UTC instant. */
  start: string;
  allDay: boolean;
  cancelled: boolean;
  description: string;
}

export interface CalendarSource {
  releases: readonly Release[];
  advisories: readonly Advisory[];
  identities: CalendarIdentities;
  tombstones: readonly Tombstone[];
  /**
   * The UIDs earlier public exports carried. A public calendar says
   * "cancelled" only about those: cancelling an event nobody outside saw
   * would itself be a trace of (often embargoed) work. Absent: none.
   */
  publishedPublic?: ReadonlySet<string>;
}

export interface EntryOptions {
  profile: Profile;
  now: Date;
  /** One release's calendar, or the whole plan when absent. */
  release?: string | null;
}

export function milestoneSummary(release: string, m: Pick<Milestone, 'kind' | 'label'>): string {
  return `${release}: ${m.label ?? MILESTONE_LABELS[m.kind]}`;
}

export const embargoSummary = (key: string) => `${key} public`;
export const followUpSummary = (key: string, summary: string) => `${key} follow-up: ${summary}`;

/** "2018-05-21 12:00 UTC" */
export function utcText(instant: string): string {
  return `${instant.slice(0, 10)} ${instant.slice(11, 16)} UTC`;
}

// Entries are built field by field: spreading an identity into a literal
// made V8 build slow dictionary objects, a third of a 10,000-event export.
function entry(
  identity: CalendarIdentity,
  fields: Omit<CalendarEntry, 'uid' | 'sequence'>,
): CalendarEntry {
  return {
    uid: identity.uid,
    sequence: identity.sequence,
    kind: fields.kind,
    summary: fields.summary,
    start: fields.start,
    allDay: fields.allDay,
    cancelled: fields.cancelled,
    description: fields.description,
  };
}

function identityOf(map: ReadonlyMap<number, CalendarIdentity>, what: string, id: number) {
  const identity = map.get(id);
  // Every row gets its UID when written (migration 003); none means a bug, and
  // an event without a stable UID would duplicate in every client.
  if (!identity) throw new Error(`no calendar identity for ${what} ${id}`);
  return identity;
}

function milestoneEntries(release: Release, identities: CalendarIdentities): CalendarEntry[] {
  return release.milestones.map((m) => {
    // The date is the event's own; a description only says what it does not.
    const lines: string[] = [];
    if (m.actual !== null && m.actual !== m.planned)
      lines.push(`Planned ${m.planned}, happened ${m.actual}`);
    if (m.baseline !== null && m.baseline !== m.planned)
      lines.push(`Originally planned ${m.baseline}`);
    return entry(identityOf(identities.milestones, 'milestone', m.id), {
      kind: 'milestone',
      summary: milestoneSummary(release.name, m),
      start: m.actual ?? m.planned,
      allDay: true,
      cancelled: false,
      description: lines.join('\n'),
    });
  });
}

function advisoryDescription(shown: SharedAdvisory): string {
  const lines: string[] = [];
  if (shown.title !== '') lines.push(shown.title);
  if (shown.cves.length > 0) lines.push(shown.cves.join(', '));
  if (shown.affects.length > 0) lines.push(`Affects ${shown.affects.join(', ')}`);
  if (shown.predisclosureAt !== null)
    lines.push(`Pre-disclosure ${utcText(shown.predisclosureAt)}`);
  if (shown.status === 'embargoed') lines.push(`Embargoed until ${utcText(shown.publicAt)}`);
  if (shown.status === 'withdrawn') lines.push('Withdrawn');
  if (shown.notes !== '') lines.push(`Notes: ${shown.notes}`);
  return lines.join('\n');
}

type SharedFollowUp = SharedAdvisory['followUps'][number];

/** A follow-up is on the calendar once it has a date: its lift, else the day it is expected. */
function followUpEntry(
  key: string,
  f: SharedFollowUp,
  identity: CalendarIdentity,
  parentWithdrawn: boolean,
): CalendarEntry | null {
  const start = f.publicAt ?? f.expectedAt;
  if (start === null) return null;
  const lines = [`Follow-up fix to ${key} (${f.status})`];
  if (f.expectedAt !== null) lines.push(`Expected ${f.expectedAt}`);
  if (f.publicAt !== null) lines.push(`Public ${utcText(f.publicAt)}`);
  return entry(identity, {
    kind: 'follow-up',
    summary: followUpSummary(key, f.summary),
    start,
    allDay: f.publicAt === null,
    cancelled: parentWithdrawn || f.status === 'dropped',
    description: lines.join('\n'),
  });
}

/** The follow-ups redactAdvisory lets out, each with its row (to find its identity). */
function sharedFollowUps(
  advisory: Advisory,
  shown: SharedAdvisory,
  profile: Profile,
  now: Date,
): [Advisory['followUps'][number], SharedFollowUp][] {
  if (shown.followUps.length === 0) return [];
  if (shown.followUps.length === advisory.followUps.length)
    return advisory.followUps.map((f, index) => [f, shown.followUps[index]]);
  // Some were withheld: ask the rule about each one alone rather than guess which.
  return advisory.followUps.flatMap((f) => {
    const alone = redactAdvisory({ ...advisory, followUps: [f] }, profile, now);
    return alone && alone.followUps.length === 1 ? [[f, alone.followUps[0]]] : [];
  });
}

function advisoryEntries(
  advisory: Advisory,
  identities: CalendarIdentities,
  { profile, now, release }: EntryOptions,
): CalendarEntry[] {
  const shown = redactAdvisory(advisory, profile, now);
  if (!shown || (release && !concernsRelease(shown, release, profile))) return [];
  const withdrawn = shown.status === 'withdrawn';
  const entries: CalendarEntry[] = [
    entry(identityOf(identities.advisories, 'advisory', advisory.id), {
      kind: 'embargo',
      summary: embargoSummary(shown.key),
      start: shown.publicAt,
      allDay: false,
      cancelled: withdrawn,
      description: advisoryDescription(shown),
    }),
  ];
  for (const [row, f] of sharedFollowUps(advisory, shown, profile, now)) {
    const identity = identityOf(identities.followUps, 'follow-up', row.id);
    const followUp = followUpEntry(shown.key, f, identity, withdrawn);
    if (followUp) entries.push(followUp);
  }
  return entries;
}

const REMOVED = 'Removed from the plan';

function tombstoneEntry(
  tombstone: Tombstone,
  { profile, release }: EntryOptions,
): CalendarEntry | null {
  const { item } = tombstone;
  const identity = { uid: tombstone.uid, sequence: tombstone.sequence };
  if (item.kind === 'milestone') {
    if (release && item.release !== release) return null;
    return entry(identity, {
      kind: 'milestone',
      summary: milestoneSummary(item.release, { kind: item.milestoneKind, label: item.label }),
      start: item.date,
      allDay: true,
      cancelled: true,
      description: REMOVED,
    });
  }
  // Shown only where the advisory itself could be seen when it was deleted:
  // an embargo deleted before its lift never reaches a public calendar.
  const shown = redactAdvisory(advisoryOfTombstone(item), profile, new Date(tombstone.deletedAt));
  if (!shown || (release && !concernsRelease(shown, release, profile))) return null;
  if (item.kind === 'advisory')
    return entry(identity, {
      kind: 'embargo',
      summary: embargoSummary(item.key),
      start: item.publicAt,
      allDay: false,
      cancelled: true,
      description: REMOVED,
    });
  if (shown.followUps.length === 0) return null;
  const followUp = followUpEntry(item.key, shown.followUps[0], identity, true);
  if (followUp) followUp.description = REMOVED;
  return followUp;
}

const byTime = (a: CalendarEntry, b: CalendarEntry) =>
  a.start < b.start ? -1 : a.start > b.start ? 1 : a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0;

/**
 * The events a calendar export holds under a profile: milestones as all-day
 * events, lifts as UTC instants, follow-ups, and for 90 days the deleted or
 * withdrawn ones as cancelled (in a public calendar, only those an earlier
 * public export carried). What an advisory may show is decided by
 * redactAdvisory alone.
 */
export function calendarEntries(source: CalendarSource, options: EntryOptions): CalendarEntry[] {
  const entries: CalendarEntry[] = [];
  for (const release of source.releases)
    if (!options.release || release.name === options.release)
      entries.push(...milestoneEntries(release, source.identities));
  for (const advisory of source.advisories)
    entries.push(...advisoryEntries(advisory, source.identities, options));
  for (const tombstone of source.tombstones) {
    if (!isTombstoneCurrent(tombstone, options.now)) continue;
    const cancelled = tombstoneEntry(tombstone, options);
    if (cancelled) entries.push(cancelled);
  }
  if (options.profile !== 'public') return entries.sort(byTime);
  const seen = source.publishedPublic ?? NOTHING_PUBLISHED;
  return entries.filter((e) => !e.cancelled || seen.has(e.uid)).sort(byTime);
}

const NOTHING_PUBLISHED: ReadonlySet<string> = new Set();
