import { describe, expect, it } from 'vitest';
import { parseCveList } from './cveList';

describe('CVE field', () => {
  it('reads ids however they are separated, upper-cased, each once', () => {
    expect(parseCveList('cve-2018-3639, CVE-2018-3640;CVE-2018-3639\nCVE-2017-10912')).toEqual({
      cves: ['CVE-2018-3639', 'CVE-2018-3640', 'CVE-2017-10912'],
      invalid: [],
    });
  });

  it('lists what is not a CVE id, cut short', () => {
    expect(parseCveList(`CVE-18-1 CVE-2018-3639 ${'x'.repeat(100)}`)).toEqual({
      cves: ['CVE-2018-3639'],
      invalid: ['CVE-18-1', 'x'.repeat(40)],
    });
    expect(parseCveList('  ')).toEqual({ cves: [], invalid: [] });
  });
});
