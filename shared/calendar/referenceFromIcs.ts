import type { IsoDate } from '../domain/dates';
import type { IcsContent } from './icsRead';

export interface ReferenceEvent {
  uid: string;
  summary: string;
  start: IsoDate;
  end: IsoDate;
}

/** The events of another project's calendar as a read-only lane: one per UID and day. */
export function referenceEvents(read: IcsContent): ReferenceEvent[] {
  const seen = new Set<string>();
  const events: ReferenceEvent[] = [];
  for (const event of read.events) {
    const key = `${event.uid}\u0000${event.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    events.push({ uid: event.uid, summary: event.summary, start: event.start, end: event.end });
  }
  return events.sort((a, b) => a.start.localeCompare(b.start) || a.uid.localeCompare(b.uid));
}

/** A name for the lane: the one asked for, else the calendar's own, else the file's. */
export function referenceName(asked: string | undefined, read: IcsContent, fileName: string) {
  const fromFile = fileName.replace(/^.*[\\/]/, '').replace(/\.ics$/i, '');
  return (asked?.trim() || read.name || fromFile || 'Reference calendar').slice(0, 120);
}
