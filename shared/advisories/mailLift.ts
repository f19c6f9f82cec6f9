import { normaliseInstant } from '../domain/dates';

// Where an advisory mail says its embargo ends. Advisories say it in many
// ways: Xen's "*** EMBARGOED UNTIL 2026-12-15 12:00 UTC ***" banner, "The
// embargo ends …", "the embargo will be lifted on …", "public release is
// scheduled for … at …", with ISO dates or written-out ones ("Wednesday 20th
// January 2027", "January 20, 2027"), the time before or after the date,
// with a zone or without. Each phrase is an anchor; the date and time are
// read from the sentence that follows it.

export interface LiftReading {
  /** The lift as a UTC instant, when both the day and the time were read. */
  instant: string | null;
  /** The day alone (YYYY-MM-DD) when the mail gives no time of day. */
  day: string | null;
  /** What the mail said, for the report ("EMBARGOED UNTIL 2027-01-20 12:00 UTC"). */
  phrase: string;
  /** Why the reading is incomplete, or null. */
  problem: string | null;
  /** Assumptions made ("names no zone; read as UTC"). */
  warnings: string[];
}

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
const MONTH = `(${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|')})\\.?`;
const WEEKDAY = '(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?';
const ORDINAL = '(?:st|nd|rd|th)?';

const ISO_DATE = /(\d{4})-(\d{1,2})-(\d{1,2})(?![\d-])/i;
/** "20 January 2027", "Wednesday 20th of Jan. 2027". */
const DAY_MONTH_YEAR = new RegExp(
  `\\b${WEEKDAY}(\\d{1,2})${ORDINAL}(?:\\s+of)?\\s+${MONTH},?\\s+(\\d{4})\\b`,
  'i',
);
/** "January 20, 2027", "Wed, Jan 20th 2027". */
const MONTH_DAY_YEAR = new RegExp(
  `\\b${WEEKDAY}${MONTH}\\s+(\\d{1,2})${ORDINAL},?\\s+(\\d{4})\\b`,
  'i',
);
/**
 * "12:00", "12:00:00", "12 noon", "noon", "1pm", "12:00 p.m.". Not "12.00":
 * next to a date that would read a version number ("Xen 4.17") as a time.
 */
const TIME =
  /(?<![\d:.])(?:(\d{1,2}):(\d{2})(?::(\d{2}))?(?![\d:])\s*(a\.?m\.?|p\.?m\.?)?|(\d{1,2})\s*(a\.?m\.?|p\.?m\.?)(?![a-z])|(?:12\s+)?(noon|midday))/i;
/** What may follow a time: a zone, maybe in brackets. */
const ZONE = /^\s*\(?\s*(UTC|GMT|UT|Z|[+-]\d{2}:?\d{2}|[A-Z]{2,5}T)\b\s*\)?/;

interface Found {
  at: number;
  end: number;
}

interface DayFound extends Found {
  day: string | null;
  text: string;
}

function findDay(window: string): DayFound | null {
  const candidates: DayFound[] = [];
  const iso = ISO_DATE.exec(window);
  if (iso)
    candidates.push({
      at: iso.index,
      end: iso.index + iso[0].length,
      text: iso[0],
      day: dayOf(Number(iso[1]), Number(iso[2]), Number(iso[3])),
    });
  const dmy = DAY_MONTH_YEAR.exec(window);
  if (dmy)
    candidates.push({
      at: dmy.index,
      end: dmy.index + dmy[0].length,
      text: dmy[0],
      day: dayOf(Number(dmy[3]), MONTHS[dmy[2].toLowerCase()], Number(dmy[1])),
    });
  const mdy = MONTH_DAY_YEAR.exec(window);
  if (mdy)
    candidates.push({
      at: mdy.index,
      end: mdy.index + mdy[0].length,
      text: mdy[0],
      day: dayOf(Number(mdy[3]), MONTHS[mdy[1].toLowerCase()], Number(mdy[2])),
    });
  candidates.sort((a, b) => a.at - b.at);
  return candidates[0] ?? null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** YYYY-MM-DD when the parts name a real day, else null (checked by normaliseInstant). */
function dayOf(year: number, month: number, day: number): string | null {
  const text = `${year}-${pad(month)}-${pad(day)}`;
  return normaliseInstant(`${text}T00:00:00Z`) === null ? null : text;
}

interface TimeFound extends Found {
  hours: number;
  minutes: number;
  seconds: number;
  zone: string | null;
}

function timeAt(window: string, from: number): TimeFound | null {
  const rest = window.slice(from);
  const match = TIME.exec(rest);
  if (!match) return null;
  const at = from + match.index;
  let hours: number;
  let minutes = 0;
  let seconds = 0;
  if (match[7]) hours = 12;
  else if (match[5]) hours = Number(match[5]);
  else {
    hours = Number(match[1]);
    minutes = Number(match[2]);
    seconds = match[3] ? Number(match[3]) : 0;
  }
  const meridiem = (match[4] ?? match[6] ?? '').toLowerCase().replace(/\./g, '');
  if (meridiem === 'pm' && hours < 12) hours += 12;
  if (meridiem === 'am' && hours === 12) hours = 0;
  const end = at + match[0].length;
  const zone = ZONE.exec(window.slice(end));
  return {
    at,
    end: end + (zone ? zone[0].length : 0),
    hours,
    minutes,
    seconds,
    zone: zone ? zone[1] : null,
  };
}

/** Every time in the window, to pick the one said with the date. */
function allTimes(window: string): TimeFound[] {
  const times: TimeFound[] = [];
  for (let from = 0; from < window.length && times.length < 8;) {
    const found = timeAt(window, from);
    if (!found) break;
    times.push(found);
    from = found.end > from ? found.end : from + 1;
  }
  return times;
}

function offsetOf(zone: string | null): { offset: string | null; warning: string | null } {
  if (zone === null) return { offset: 'Z', warning: 'names no time zone; read it as UTC' };
  if (/^(UTC|GMT|UT|Z)$/i.test(zone)) return { offset: 'Z', warning: null };
  if (/^[+-]\d{2}:?\d{2}$/.test(zone))
    return {
      offset: zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`,
      warning: null,
    };
  return { offset: null, warning: null };
}

/** The date and time said in `window` (the text after an anchor phrase). */
function readWindow(window: string, phrase: string): LiftReading | null {
  const found = findDay(window);
  if (!found) return null;
  const shown = `${phrase} ${window.slice(0, found.end).replace(/\s+/g, ' ').trim()}`;
  if (found.day === null)
    return {
      instant: null,
      day: null,
      phrase: shown,
      problem: `the embargo date ${found.text.replace(/\s+/g, ' ')} is not a real date`,
      warnings: [],
    };
  // The time said with the date: right after it ("2027-01-20 12:00 UTC",
  // "20 January 2027 at 12:00"), or right before it ("12:00 UTC on …").
  const times = allTimes(window).filter(
    (t) =>
      (t.at >= found.end && t.at - found.end <= 16) || (t.end <= found.at && found.at - t.end <= 8),
  );
  const time = times.find((t) => t.at >= found.end) ?? times[times.length - 1];
  const phraseWithTime = time
    ? `${phrase} ${window.slice(0, Math.max(found.end, time.end)).replace(/\s+/g, ' ').trim()}`
    : shown;
  if (!time)
    return {
      instant: null,
      day: found.day,
      phrase: shown,
      problem: `the mail gives the day (${found.day}) but no time of day`,
      warnings: [],
    };
  const { offset, warning } = offsetOf(time.zone);
  if (offset === null)
    return {
      instant: null,
      day: found.day,
      phrase: phraseWithTime,
      problem: `the time is given in ${time.zone}, which the planner does not convert; enter it in UTC`,
      warnings: [],
    };
  const stamp = `${found.day}T${pad(time.hours)}:${pad(time.minutes)}:${pad(time.seconds)}`;
  const instant = normaliseInstant(`${stamp}${offset}`);
  return {
    instant,
    day: found.day,
    phrase: phraseWithTime,
    problem: instant === null ? `${stamp.replace('T', ' ')} is not a real date and time` : null,
    warnings: warning ? [`the lift ${warning}`] : [],
  };
}

/**
 * The phrases that announce when an embargo ends, strongest first. The gaps
 * are bounded and stay on one paragraph, so a hostile paste cannot make the
 * search backtrack.
 */
const ANCHORS: readonly RegExp[] = [
  // Xen's banner: "*** EMBARGOED UNTIL 2026-12-15 12:00 UTC ***".
  /\*+[ \t]*EMBARGOED\s+UNTIL\b/gi,
  /\bembargo(?:ed)?\b[^\n.]{0,60}?\buntil\b/gi,
  /\bembargo\w*\b[^\n.]{0,40}?\b(?:ends|will\s+end|to\s+end|ending|expires|will\s+expire|end\s+date|is\s+over)\b/gi,
  /\bembargo\w*\b[^.]{0,60}?\blift(?:ed|s)?\b/gi,
  /\bembargo(?:ed)?(?:\s+(?:date|end))?\s*:/gi,
  /\bpublic(?:ly)?\s+(?:release|disclosure)\b[^.]{0,60}?\b(?:at|on|for|is|will\s+be|date)\b/gi,
  /\b(?:made|become|becomes|go|goes|going)\s+public\b/gi,
];

/** The anchor with the start of its sentence ("The embargo ends"), as the report quotes it. */
function phraseFrom(text: string, at: number, end: number): string {
  const before = text.slice(Math.max(0, at - 60), at);
  const cut = Math.max(before.lastIndexOf('.'), before.lastIndexOf('\n'), before.lastIndexOf(';'));
  // No sentence start within reach: begin at a word, not in the middle of one.
  const lead = cut >= 0 || at <= 60 ? before.slice(cut + 1) : before.replace(/^\S*\s?/, '');
  return `${lead}${text.slice(at, end)}`.replace(/\s+/g, ' ').trim();
}

/** How far after an anchor the date may be: the rest of the sentence, roughly. */
const WINDOW = 140;
const MAX_ANCHORS = 60;

/**
 * Every lift the mail announces, in the order of ANCHORS' strength, then of
 * place in the text; the first is the one to take.
 */
export function readLifts(text: string): LiftReading[] {
  const readings: LiftReading[] = [];
  for (const anchor of ANCHORS) {
    anchor.lastIndex = 0;
    let count = 0;
    for (let match = anchor.exec(text); match && count < MAX_ANCHORS; match = anchor.exec(text)) {
      count += 1;
      const start = match.index + match[0].length;
      // The rest of the paragraph only: a blank line ends what the phrase says.
      let window = text.slice(start, start + WINDOW);
      const paragraph = window.search(/\n[ \t]*\n/);
      if (paragraph >= 0) window = window.slice(0, paragraph);
      const reading = readWindow(window, phraseFrom(text, match.index, start));
      if (reading) readings.push(reading);
      if (match[0].length === 0) anchor.lastIndex += 1;
    }
  }
  return readings;
}
