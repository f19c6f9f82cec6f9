// Apart from dates.ts so that the header, on the first screen, can name the
// zone without loading date-fns's formatting.

/** The user's zone as IANA names it; UTC when the runtime cannot tell. */
export function localZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
