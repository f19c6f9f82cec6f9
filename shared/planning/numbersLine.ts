import { percent, plural } from './format';

// The figures behind a finding or suggestion, as short phrases under its
// message: the message says what happened, this line gives the numbers a
// release manager compares at a glance. The findings panel, the timeline's
// popover and `planner check` all say them so.

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const days = (n: number) => plural(n, 'day');
const workingDays = (n: number) => plural(n, 'working day');
/** Rates and expectations: two decimals say enough. */
const rate = (n: number) => String(Math.round(n * 100) / 100);

/** How each figure reads; null leaves it out (said by another figure, or nothing to say). */
const FORMATS: Record<string, (n: number) => string | null> = {
  daysAfter: (n) => `${days(n)} after`,
  daysBefore: (n) => `${days(n)} before`,
  workingDaysBefore: (n) => `${workingDays(n)} before`,
  windowDays: (n) => `window ${days(n)}`,
  bufferWorkingDays: (n) => `buffer ${workingDays(n)}`,
  daysAfterHardFreeze: (n) => `${days(n)} into the hard freeze`,
  embargoes: (n) => plural(n, 'embargo', 'embargoes'),
  workingDays: (n) => `${workingDays(n)} of pre-disclosure`,
  minWorkingDays: (n) => `minimum ${workingDays(n)}`,
  weekday: (n) => WEEKDAYS[n] ?? null,
  holiday: (n) => (n ? 'a holiday' : null),
  daysEarly: (n) => `${days(n)} early`,
  slipDays: (n) => `slip ${days(n)}`,
  daysFromToday: (n) => `${days(n)} from today`,
  holders: (n) => `held by ${n}`,
  bufferSamples: (n) =>
    n > 0 ? `learned from ${plural(n, 'past release')}` : 'buffer from settings',
  batchesPerYear: (n) => `${rate(n)} embargo batches a year`,
  expectedNewBatches: (n) => `${rate(n)} new batches expected meanwhile`,
  probabilityAtLeastOne: (n) => `${percent(n)} chance a new embargo joins`,
  leadDays: (n) => `pre-disclosed ${days(n)} ahead`,
  p50Days: () => null,
  p90Days: () => null,
  overdueDays: (n) => `${days(n)} overdue`,
  daysAfterRelease: (n) => `${days(n)} after the release`,
  daysMasterReopensEarlier: (n) => `master reopens ${days(n)} sooner`,
  daysEarlier: (n) => `${days(n)} earlier`,
  predisclosureWorkingDays: (n) => `${workingDays(n)} of pre-disclosure`,
  // The message says how long ago the lift was.
  daysSinceLift: () => null,
};

/** 'workingDaysBefore' → 'working days before', for a figure added to the engine later. */
function words(key: string): string {
  return key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** The figures in the engine's order, each as a short phrase. */
export function numbersLine(numbers: Readonly<Record<string, number>>): string[] {
  return Object.entries(numbers).flatMap(([key, value]) => {
    if (!Number.isFinite(value)) return [];
    const format = Object.prototype.hasOwnProperty.call(FORMATS, key) ? FORMATS[key] : undefined;
    const text = format ? format(value) : `${words(key)} ${rate(value)}`;
    return text === null ? [] : [text];
  });
}
