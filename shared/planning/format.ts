// Wording shared by findings and suggestions. Messages name advisories by
// key only, never by title, CVE or note, so they are safe to show anywhere.

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${Math.abs(count) === 1 ? one : many}`;
}

const LISTED_KEYS = 6;

/** "XSA-264, XSA-265 and XSA-266"; long lists end with "and N more". */
export function keyList(keys: readonly string[]): string {
  if (keys.length <= 1) return keys.join('');
  if (keys.length > LISTED_KEYS) {
    const shown = keys.slice(0, LISTED_KEYS - 1);
    return `${shown.join(', ')} and ${keys.length - shown.length} more`;
  }
  return `${keys.slice(0, -1).join(', ')} and ${keys[keys.length - 1]}`;
}

/** Figures in messages: at most one decimal, no trailing ".0". */
export function figure(value: number): string {
  // A rare event rounded to one decimal would read "0 a week", which is false.
  if (value !== 0 && Math.abs(value) < 0.1) return String(Number(value.toPrecision(1)));
  return String(Math.round(value * 10) / 10);
}

export function percent(probability: number): string {
  const value = probability * 100;
  if (value > 99 && value < 100) return '>99%';
  if (value > 0 && value < 1) return '<1%';
  return `${Math.round(value)}%`;
}

const NATURAL = /^(.*?)(\d*)$/;

interface NaturalParts {
  readonly key: string;
  readonly prefix: string;
  readonly number: number;
}

// Every analysis sorts the same advisory keys and release names again (per
// held release, in findings, suggestions and standings): parse each once.
// Bounded, so that junk input cannot grow it without limit.
const PARTS_LIMIT = 200_000;
const parsed = new Map<string, NaturalParts>();

function naturalParts(key: string): NaturalParts {
  let parts = parsed.get(key);
  if (parts === undefined) {
    const [, prefix = key, digits = ''] = NATURAL.exec(key) ?? [];
    parts = { key, prefix, number: digits === '' ? -1 : Number(digits) };
    if (parsed.size < PARTS_LIMIT) parsed.set(key, parts);
  }
  return parts;
}

function compareParts(a: NaturalParts, b: NaturalParts): number {
  return (
    (a.prefix < b.prefix ? -1 : a.prefix > b.prefix ? 1 : 0) ||
    a.number - b.number ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}

/** Natural order, XSA-9 before XSA-10 and 4.9 before 4.10: by prefix, then trailing number. */
export function compareKeys(a: string, b: string): number {
  return compareParts(naturalParts(a), naturalParts(b));
}

/** `keys` in {@link compareKeys} order, parsing each key once. */
export function sortKeys(keys: Iterable<string>): string[] {
  return Array.from(keys, naturalParts)
    .sort(compareParts)
    .map((parts) => parts.key);
}
