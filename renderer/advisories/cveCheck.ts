import { parseCveList } from '../../shared/advisories/cveList';

/**
 * What is wrong with a typed CVE list, said as the user can fix it, or null.
 * Checked as they type (once they have left the field), so a mistyped id is
 * caught while the mail it came from is still on screen.
 */
export function cveProblem(text: string): string | null {
  const { invalid } = parseCveList(text);
  if (invalid.length === 0) return null;
  const quoted = invalid.slice(0, 3).map((word) => `“${word}”`);
  const more = invalid.length > 3 ? ` and ${invalid.length - 3} more` : '';
  const list = `${quoted.join(', ')}${more}`;
  return invalid.length === 1
    ? `${list} is not a CVE id: write it like CVE-2018-3639`
    : `${list} are not CVE ids: write them like CVE-2018-3639`;
}
