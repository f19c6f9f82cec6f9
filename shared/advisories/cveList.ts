import { cveId } from '../domain/advisory';

export interface CveList {
  /** Valid ids, upper-cased, in the order typed, each once. */
  cves: string[];
  /** What could not be read as a CVE id, as typed (cut to 40 characters). */
  invalid: string[];
}

/**
 * Reads a CVE field as people type or paste it: separated by commas, spaces
 * or new lines, in any case ("cve-2018-3639, CVE-2018-3640").
 */
export function parseCveList(text: string): CveList {
  const cves: string[] = [];
  const invalid: string[] = [];
  for (const word of text.slice(0, 100_000).split(/[\s,;]+/)) {
    if (word === '') continue;
    const id = word.toUpperCase();
    if (cveId.safeParse(id).success) {
      if (!cves.includes(id)) cves.push(id);
    } else {
      invalid.push(word.slice(0, 40));
    }
  }
  return { cves, invalid };
}
