import ICAL from 'ical.js';

/** What a calendar client sees of one event, read back with ical.js. */
export interface ParsedEvent {
  uid: string;
  sequence: number;
  summary: string;
  description: string | null;
  start: string;
  allDay: boolean;
  end: string | null;
  status: string | null;
  stamp: string;
}

export function parseIcs(content: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(content) as unknown[]);
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const end = vevent.getFirstPropertyValue('dtend');
    const status = vevent.getFirstPropertyValue('status');
    const description = vevent.getFirstPropertyValue('description');
    return {
      uid: event.uid,
      sequence: event.sequence,
      summary: event.summary,
      description: typeof description === 'string' ? description : null,
      start: event.startDate.toString(),
      allDay: event.startDate.isDate,
      end: end instanceof ICAL.Time ? end.toString() : null,
      status: typeof status === 'string' ? status : null,
      stamp: String(vevent.getFirstPropertyValue('dtstamp')),
    };
  });
}
