import { describe, expect, it } from 'vitest';
import { cveProblem } from './cveCheck';

describe('cveProblem', () => {
  it('accepts ids in any case and separator, and an empty field', () => {
    expect(cveProblem('')).toBeNull();
    expect(cveProblem('cve-2018-3639, CVE-2018-3640;CVE-2026-1234567')).toBeNull();
  });

  it('names what is not an id, and how to write one', () => {
    expect(cveProblem('CVE-2018-3639, CVE-18-1')).toBe(
      '“CVE-18-1” is not a CVE id: write it like CVE-2018-3639',
    );
    expect(cveProblem('a b c d e')).toBe(
      '“a”, “b”, “c” and 2 more are not CVE ids: write them like CVE-2018-3639',
    );
  });
});
