import { extensionOf } from '../files/fileNames';

/** What a file is imported as; each goes to its own backend call. */
export type ImportKind = 'plan' | 'holidays' | 'reference';

export interface KindOption {
  id: ImportKind;
  label: string;
  hint: string;
}

export const IMPORT_KINDS: readonly KindOption[] = [
  {
    id: 'plan',
    label: 'Plan data',
    hint: "A planner bundle (.json) or Xen's xsa.json: releases and advisories are merged into the plan.",
  },
  {
    id: 'holidays',
    label: 'Holidays',
    hint: 'An iCalendar file (.ics) of public holidays: its all-day events become non-working days.',
  },
  {
    id: 'reference',
    label: 'Reference calendar',
    hint: "Another project's release calendar (.ics), kept beside the plan for comparison. It changes nothing in the plan.",
  },
];

const HOLIDAY_WORDS =
  /holiday|feiertag|ferien|f[ée]ri[ée]|vacances|festiv|helligdag|feestdag|bank.?hol|day.?off/i;

/** The calendar's own name (X-WR-CALNAME), when it has one in the first lines. */
function calendarName(content: string): string {
  return /^X-WR-CALNAME[^:\r\n]*:(.*)$/im.exec(content.slice(0, 64 * 1024))?.[1]?.trim() ?? '';
}

/**
 * A first guess at what a file is, from its content and then its name; the
 * user confirms or corrects it. An .ics is taken for holidays only when its
 * name says so: a release calendar is all-day events too.
 */
export function guessImportKind(fileName: string, content: string): ImportKind | null {
  const start = content.trimStart().slice(0, 64);
  const ext = extensionOf(fileName);
  const isCalendar = /^BEGIN:VCALENDAR/i.test(start) || ext === 'ics' || ext === 'ical';
  if (start.startsWith('{') || start.startsWith('[')) return 'plan';
  if (isCalendar) {
    const names = `${fileName} ${calendarName(content)}`;
    return HOLIDAY_WORDS.test(names) ? 'holidays' : 'reference';
  }
  if (ext === 'json') return 'plan';
  return null;
}

/** The accept list of the file chooser: what the planner reads, by extension and type. */
export const IMPORT_ACCEPT = '.json,.ics,.ical,application/json,text/calendar';
