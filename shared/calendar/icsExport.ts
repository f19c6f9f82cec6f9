import ical, {
  escape,
  ICalCalendarMethod,
  ICalEvent,
  ICalEventStatus,
  ICalEventTransparency,
  type ICalCalendar,
} from 'ical-generator';
import { PROFILE_DESCRIPTIONS, type Profile } from '../domain/profile';
import { calendarEntries, type CalendarEntry, type CalendarSource } from './calendarEntries';
import { foldLines } from './fold';

export interface IcsExport {
  content: string;
  /** Events written, cancelled ones included. */
  events: number;
  cancelled: number;
  /** Every event's UID, for the store to remember what a public export carried. */
  uids: string[];
}

export interface IcsOptions {
  profile: Profile;
  now: Date;
  /** One release's calendar, or the whole plan when absent. */
  release?: string | null;
}

const DAY_MS = 86_400_000;
const utcMidnight = (date: string) =>
  new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8))));
/**
 * The next UTC midnight. A UTC day is always 86,400,000 ms in ECMAScript time,
 * so this is exact; addCalendarDays (TZDate) looks the zone up on every call,
 * which made a 10,000-event export five times slower.
 */
const nextUtcMidnight = (date: string) => new Date(utcMidnight(date).getTime() + DAY_MS);

/**
 * Writes VEVENTs through one reused ical-generator event: every property is
 * set anew for each entry. Making an event per entry (with its random default
 * UID, dates and arrays) cost a fifth of a 10,000-event export in allocation
 * and garbage collection.
 */
function eventWriter(calendar: ICalCalendar, stamp: Date) {
  const event = new ICalEvent(
    // Dates to know about, not meetings: they must not block anybody's day.
    { start: stamp, stamp, transparency: ICalEventTransparency.TRANSPARENT },
    calendar,
  );
  return (entry: CalendarEntry): string => {
    event
      .id(entry.uid)
      .sequence(entry.sequence)
      .summary(entry.summary)
      .description(entry.description === '' ? null : entry.description)
      .allDay(entry.allDay)
      // An all-day event ends (exclusively) the next day; a lift is an
      // instant with no end, which RFC 5545 reads as ending when it starts.
      .start(entry.allDay ? utcMidnight(entry.start) : new Date(entry.start))
      .end(entry.allDay ? nextUtcMidnight(entry.start) : null)
      .status(entry.cancelled ? ICalEventStatus.CANCELLED : null);
    return foldLines(event.toString());
  };
}

/**
 * Writes entries as an iCalendar file. ical-generator writes, escapes and
 * dates every property; the folding is ours (see fold.ts for why), applied
 * to the same unfolded lines.
 */
export function renderIcs(
  entries: readonly CalendarEntry[],
  { name, description, now }: { name: string; description: string; now: Date },
): string {
  const calendar = ical({
    prodId: { company: 'Embargo Planner', product: 'Embargo Planner', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    // ical-generator writes these two as they are; they are TEXT values.
    name: escape(name, false),
    description: escape(description, false),
  });
  const header = calendar.toString().replace(/END:VCALENDAR$/, '');
  const stamp = new Date(Math.floor(now.getTime() / 1000) * 1000);
  const write = eventWriter(calendar, stamp);
  const parts = [header];
  for (const entry of entries) parts.push(write(entry));
  parts.push('END:VCALENDAR\r\n');
  return parts.join('');
}

export function calendarName(release: string | null | undefined, profile: Profile): string {
  return `Embargo Planner: ${release ?? 'all releases'} (${profile})`;
}

/** The plan (or one release) as an iCalendar file under a profile. */
export function exportIcs(source: CalendarSource, options: IcsOptions): IcsExport {
  const entries = calendarEntries(source, options);
  const content = renderIcs(entries, {
    name: calendarName(options.release, options.profile),
    description: PROFILE_DESCRIPTIONS[options.profile],
    now: options.now,
  });
  return {
    content,
    events: entries.length,
    cancelled: entries.filter((e) => e.cancelled).length,
    uids: entries.map((e) => e.uid),
  };
}
