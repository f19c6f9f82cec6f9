// Dates relative to today, for plans that must stay in the future (an
// embargo still to lift) whenever the tests run, and as the app writes them.

const DAY_MS = 86_400_000;

/** YYYY-MM-DD, `days` from today in UTC. */
export function day(days: number): string {
  return new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);
}

/** YYYY-MM-DD: the first Tuesday (a release day) at least `days` from today, in UTC. */
export function tuesdayFromToday(days: number): string {
  const date = new Date(Date.now() + days * DAY_MS);
  date.setUTCDate(date.getUTCDate() + ((2 - date.getUTCDay() + 7) % 7));
  return date.toISOString().slice(0, 10);
}

/** 'Tue 6 Dec 2022' for a YYYY-MM-DD date, as the app writes it. */
export function dayText(date: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  })
    .format(new Date(`${date}T00:00:00Z`))
    .replace(/,/g, '');
}

/** 'Wed 25 Nov 2026' for today in UTC, as the app writes dates. */
export function todayText(): string {
  return dayText(day(0));
}
