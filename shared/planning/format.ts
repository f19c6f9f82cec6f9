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
  return String(Math.round(value * 10) / 10);
}

export function percent(probability: number): string {
  const value = probability * 100;
  if (value > 99 && value < 100) return '>99%';
  if (value > 0 && value < 1) return '<1%';
  return `${Math.round(value)}%`;
}
