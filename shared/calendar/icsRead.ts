import ICAL from 'ical.js';
import { PlannerError } from '../errors/result';
import { addCalendarDays, isCalendarDate, type IsoDate } from '../domain/dates';
import { UNSAFE_TEXT } from '../domain/text';
import {
  expandOccurrences,
  MAX_STEPS_PER_EVENT,
  MAX_STEPS_PER_FILE,
  StepBudget,
  StepBudgetExceeded,
} from './recurrence';

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
  /**
   * Holidays are whole days: a rule that repeats within a day (SECONDLY,
   * MINUTELY, HOURLY) cannot describe one, and is refused.
   */
  wholeDays?: boolean;
}

const MAX_OCCURRENCES_PER_EVENT = 1000;
const MAX_OCCURRENCES = 100_000;
/**
 * Events a file may hold, counted before ical.js reads it: a million-event
 * file would take more than a gigabyte in ical.js's tree before any cap on
 * what it expands to could apply.
 */
export const MAX_EVENTS = 50_000;
const SUB_DAILY = new Set(['SECONDLY', 'MINUTELY', 'HOURLY']);

/** 50,000: a count as a person reads it. */
const count = (n: number) => n.toLocaleString('en-US');

function refuse(fileName: string, message: string): never {
  throw new PlannerError('invalid_input', `${fileName}: ${message}`);
}

/**
 * ical.js reports a bad line by quoting it and without its number; this finds
 * the number and says what is wrong without repeating the file's text. It
 * also counts the events, before ical.js builds its tree of all of them.
 * One pass over the text, a line at a time, without splitting it up.
 */
function checkLines(content: string, fileName: string): void {
  const lineEnd = /\r\n|\n|\r/g;
  let index = 0; // physical line number, from 0
  let offset = 0;
  let seenFirst = false;
  let logicalStart = -1;
  let logicalHasColon = true;
  let logicalBlank = true;
  let events = 0;
  const check = () => {
    if (logicalStart >= 0 && !logicalBlank && !logicalHasColon)
      refuse(fileName, `line ${logicalStart + 1}: not an iCalendar content line (no ":")`);
  };
  for (;;) {
    const match = lineEnd.exec(content);
    const end = match ? match.index : content.length;
    const line = content.slice(offset, end);
    if (!seenFirst) {
      if (line.trim() !== '') {
        seenFirst = true;
        if (
          line
            .replace(/^\uFEFF/, '')
            .trim()
            .toUpperCase() !== 'BEGIN:VCALENDAR'
        )
          refuse(fileName, 'not an iCalendar file (it must start with BEGIN:VCALENDAR)');
        logicalStart = index;
        logicalHasColon = true;
        logicalBlank = false;
      }
    } else if (line.startsWith(' ') || line.startsWith('\t')) {
      // A folded line continues the one before it.
      const rest = line.slice(1);
      logicalHasColon ||= rest.includes(':');
      logicalBlank &&= rest.trim() === '';
    } else {
      check();
      logicalStart = index;
      logicalHasColon = line.includes(':');
      logicalBlank = line.trim() === '';
      if (/^BEGIN:VEVENT\s*$/i.test(line) && ++events > MAX_EVENTS)
        refuse(fileName, `has more than ${count(MAX_EVENTS)} events; is this the right file?`);
    }
    if (!match) break;
    offset = lineEnd.lastIndex;
    index++;
  }
  if (!seenFirst) refuse(fileName, 'not an iCalendar file (it must start with BEGIN:VCALENDAR)');
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
 * When a recurring event's occurrences start, refusing the file (all or
 * nothing) when a rule is malformed, repeats within a day where whole days
 * are wanted, or costs more to expand than any calendar should.
 */
function occurrenceStarts(
  vevent: ICAL.Component,
  start: ICAL.Time,
  where: string,
  fileName: string,
  options: IcsReadOptions,
  budget: StepBudget,
): ICAL.Time[] {
  for (const property of vevent.getAllProperties('rrule')) {
    const rule: unknown = property.getFirstValue();
    const freq = rule instanceof ICAL.Recur ? rule.freq : undefined;
    if (options.wholeDays && freq && SUB_DAILY.has(freq))
      refuse(
        fileName,
        `${where}: repeats within a day (RRULE FREQ=${freq}); holidays are whole days`,
      );
  }
  try {
    return expandOccurrences(vevent, start, {
      until: ICAL.Time.fromDateString(options.until),
      max: MAX_OCCURRENCES_PER_EVENT,
      budget,
    });
  } catch (error) {
    if (error instanceof StepBudgetExceeded)
      refuse(
        fileName,
        error.limit === 'event'
          ? `${where}: its repeat rule (RRULE) takes too long to expand (over ${count(MAX_STEPS_PER_EVENT)} steps); is this the right file?`
          : `its events' repeat rules take too long to expand (over ${count(MAX_STEPS_PER_FILE)} steps in all); is this the right file?`,
      );
    // ical.js's reasons are its own fixed texts, but say nothing a person can act on.
    refuse(fileName, `${where}: its repeat rule (RRULE) is not valid`);
  }
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
  const budget = new StepBudget();
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
      const starts = occurrenceStarts(vevent, event.startDate, where, fileName, options, budget);
      for (const next of starts.filter((time) => time.compare(until) <= 0)) {
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
