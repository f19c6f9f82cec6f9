import ICAL from 'ical.js';
import { PlannerError } from '../contract/result';
import { addCalendarDays, isCalendarDate, type IsoDate } from '../domain/dates';
import { UNSAFE_TEXT } from '../domain/text';

/** One occurrence of an event in an imported calendar, by the dates it covers. */
export interface IcsEvent {
  /** For messages: "event 3 (UID …)". */
  where: string;
  uid: string;
  summary: string;
  start: IsoDate;
  /** The last day it covers (inclusive). */
  end: IsoDate;
  allDay: boolean;
}

export interface IcsContent {
  /** The calendar's own name (X-WR-CALNAME or NAME), if it gives one. */
  name: string | null;
  events: IcsEvent[];
  skipped: { where: string; reason: string }[];
}

export interface IcsReadOptions {
  /** Recurring events are expanded up to this day; the rule may go on for ever. */
  until: IsoDate;
}

const MAX_OCCURRENCES_PER_EVENT = 1000;
const MAX_OCCURRENCES = 100_000;

function refuse(fileName: string, message: string): never {
  throw new PlannerError('invalid_input', `${fileName}: ${message}`);
}

/**
 * ical.js reports a bad line by quoting it and without its number; this finds
 * the number and says what is wrong without repeating the file's text.
 */
function checkLines(content: string, fileName: string): void {
  const physical = content.split(/\r\n|\n|\r/);
  let firstLine = 0;
  while (firstLine < physical.length && physical[firstLine].trim() === '') firstLine++;
  if (
    physical[firstLine]
      ?.replace(/^\uFEFF/, '')
      .trim()
      .toUpperCase() !== 'BEGIN:VCALENDAR'
  )
    refuse(fileName, 'not an iCalendar file (it must start with BEGIN:VCALENDAR)');
  let logicalStart = -1;
  let logical = '';
  const check = () => {
    if (logicalStart >= 0 && logical.trim() !== '' && !logical.includes(':'))
      refuse(fileName, `line ${logicalStart + 1}: not an iCalendar content line (no ":")`);
  };
  physical.forEach((line, index) => {
    if (index > firstLine && (line.startsWith(' ') || line.startsWith('\t'))) {
      logical += line.slice(1);
      return;
    }
    check();
    logicalStart = index;
    logical = line;
  });
  check();
}

function parseComponents(content: string, fileName: string): ICAL.Component[] {
  checkLines(content, fileName);
  let parsed: unknown;
  try {
    parsed = ICAL.parse(content.replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/\s*".*"$/s, '') : 'unreadable';
    refuse(fileName, `not a valid iCalendar file (${reason})`);
  }
  const list = (Array.isArray(parsed) && Array.isArray(parsed[0]) ? parsed : [parsed]) as unknown[];
  return list.map((jcal) => {
    if (!Array.isArray(jcal) || jcal[0] !== 'vcalendar')
      refuse(fileName, 'not a valid iCalendar file (no VCALENDAR)');
    return new ICAL.Component(jcal);
  });
}

const RAW_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})Z?$/;

/** ical.js quietly rolls 2018-13-45 over into 2019; a calendar with such a date is malformed. */
function checkDateProperty(vevent: ICAL.Component, name: string, where: string, fileName: string) {
  const property = vevent.getFirstProperty(name);
  if (!property) return;
  const raw: unknown = property.jCal[3];
  const ok =
    typeof raw === 'string' &&
    (property.type === 'date'
      ? isCalendarDate(raw)
      : (() => {
          const match = RAW_DATE_TIME.exec(raw);
          return (
            match !== null &&
            isCalendarDate(match[1]) &&
            Number(match[2]) <= 23 &&
            Number(match[3]) <= 59 &&
            Number(match[4]) <= 60
          );
        })());
  if (!ok)
    refuse(fileName, `${where}: ${name.toUpperCase()} is not a valid ${property.type} value`);
}

const pad = (value: number) => String(value).padStart(2, '0');

/** The calendar date as the file writes it, in the event's own zone: a day is a day. */
function dateOf(time: ICAL.Time): IsoDate {
  return `${String(time.year).padStart(4, '0')}-${pad(time.month)}-${pad(time.day)}`;
}

function lastDay(start: ICAL.Time, end: ICAL.Time | null): IsoDate {
  const first = dateOf(start);
  if (!end || end.compare(start) <= 0) return first;
  const endDate = dateOf(end);
  // DTEND is exclusive: an all-day event ending on the 26th covers the 25th,
  // and a timed one ending at midnight does not reach into that day.
  const exclusive = end.isDate || (end.hour === 0 && end.minute === 0 && end.second === 0);
  const last = exclusive ? addCalendarDays(endDate, -1) : endDate;
  return last < first ? first : last;
}

const UNSAFE = `(?:${UNSAFE_TEXT.source}|[\\t\\n\\r])`;
/** A run of them with the spaces around it, to become one space. */
const UNSAFE_RUNS = new RegExp(` *${UNSAFE}(?:${UNSAFE}| )*`, 'g');

/**
 * Summaries from elsewhere are shown in the app: none of the characters a
 * text field refuses (controls, C1 included, and bidirectional overrides),
 * no line breaks, bounded length.
 */
export function cleanText(text: unknown, max: number): string {
  const value = typeof text === 'string' ? text : '';
  const clean = value.replace(UNSAFE_RUNS, ' ').trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

function describe(index: number, uid: string): string {
  return `event ${index + 1}${uid ? ` (UID ${cleanText(uid, 80)})` : ''}`;
}

/**
 * Reads an .ics file's events as day ranges, all or nothing: a file that is
 * not iCalendar, or an event without a valid start, is refused with the place
 * named. Cancelled events are skipped and reported; recurring events are
 * expanded (EXDATEs and moved occurrences included) up to `until`.
 */
export function readIcs(content: string, fileName: string, options: IcsReadOptions): IcsContent {
  const calendars = parseComponents(content, fileName);
  const vevents = calendars.flatMap((calendar) => calendar.getAllSubcomponents('vevent'));
  const name =
    calendars
      .map((c) => c.getFirstPropertyValue('x-wr-calname') ?? c.getFirstPropertyValue('name'))
      .find((value): value is string => typeof value === 'string' && value.trim() !== '') ?? null;

  const exceptions = new Map<string, ICAL.Component[]>();
  const masters = new Set<string>();
  vevents.forEach((vevent, index) => {
    const uid = String(vevent.getFirstPropertyValue('uid') ?? '');
    const where = describe(index, uid);
    if (!vevent.hasProperty('dtstart')) refuse(fileName, `${where}: has no DTSTART`);
    checkDateProperty(vevent, 'dtstart', where, fileName);
    checkDateProperty(vevent, 'dtend', where, fileName);
    checkDateProperty(vevent, 'recurrence-id', where, fileName);
    if (!vevent.hasProperty('recurrence-id')) masters.add(uid);
    else if (uid) exceptions.set(uid, [...(exceptions.get(uid) ?? []), vevent]);
  });

  const events: IcsEvent[] = [];
  const skipped: IcsContent['skipped'] = [];
  const until = ICAL.Time.fromDateString(options.until);
  vevents.forEach((vevent, index) => {
    const uidValue = String(vevent.getFirstPropertyValue('uid') ?? '');
    const where = describe(index, uidValue);
    const isException = vevent.hasProperty('recurrence-id');
    // A moved occurrence is read through its recurring event, when the file has it.
    if (uidValue && isException && masters.has(uidValue)) return;
    const event = new ICAL.Event(vevent, {
      exceptions: isException ? [] : (exceptions.get(uidValue) ?? []),
    });
    const uid = cleanText(uidValue, 500) || `no-uid-${index + 1}`;
    const occurrences: { start: ICAL.Time; end: ICAL.Time | null; item: ICAL.Event }[] = [];
    if (event.isRecurring()) {
      const iterator = event.iterator();
      for (let next = iterator.next(); next; next = iterator.next()) {
        if (next.compare(until) > 0 || occurrences.length >= MAX_OCCURRENCES_PER_EVENT) break;
        const details = event.getOccurrenceDetails(next);
        occurrences.push({ start: details.startDate, end: details.endDate, item: details.item });
      }
    } else {
      occurrences.push({ start: event.startDate, end: event.endDate, item: event });
    }
    for (const { start, end, item } of occurrences) {
      const status = item.component.getFirstPropertyValue('status');
      if (typeof status === 'string' && status.toUpperCase() === 'CANCELLED') {
        skipped.push({ where: `${where} on ${dateOf(start)}`, reason: 'cancelled' });
        continue;
      }
      events.push({
        where,
        uid,
        summary: cleanText(item.summary, 300),
        start: dateOf(start),
        end: lastDay(start, end),
        allDay: start.isDate,
      });
    }
    if (events.length > MAX_OCCURRENCES)
      refuse(fileName, `more than ${MAX_OCCURRENCES} events; is this the right file?`);
  });
  return { name: name === null ? null : cleanText(name, 120), events, skipped };
}
