import { describe, expect, it } from 'vitest';
import { parseAdvisoryMail } from './parseAdvisoryMail';
import { readVulnerableVersions, releasesInRanges, type VersionRange } from './vulnerableVersions';

describe('VULNERABLE SYSTEMS, in the sentences advisories use', () => {
  const cases: [string, VersionRange[]][] = [
    [
      'All Xen versions from at least 3.2 onwards are vulnerable.  Earlier versions have not been inspected.',
      [{ from: '3.2', to: null }],
    ],
    [
      'Xen 4.14 and later are vulnerable.  Xen 4.13 and earlier are not vulnerable.',
      [{ from: '4.14', to: null }],
    ],
    ['Xen versions 4.9 through 4.17 are vulnerable.', [{ from: '4.9', to: '4.17' }]],
    ['Only Xen 4.17 is vulnerable.', [{ from: '4.17', to: '4.17' }]],
    [
      'Xen 4.16 and 4.17 are affected.',
      [
        { from: '4.16', to: '4.16' },
        { from: '4.17', to: '4.17' },
      ],
    ],
    ['All versions of Xen are vulnerable.', [{ from: null, to: null }]],
    ['Systems running Xen 4.15.x or earlier are vulnerable.', [{ from: null, to: '4.15' }]],
  ];
  it.each(cases)('reads "%s"', (text, ranges) => {
    expect(readVulnerableVersions(text)?.ranges).toEqual(ranges);
  });

  it('skips what names no Xen version, or denies', () => {
    for (const text of [
      'Only x86 systems are vulnerable.  Arm systems are not vulnerable.',
      'Linux versions 3.17 and later are vulnerable.',
      'Xen 4.5 and earlier are not vulnerable.',
    ])
      expect(readVulnerableVersions(text)).toBeNull();
  });

  it("picks the plan's releases in range, point releases with their series", () => {
    const names = ['4.16', '4.17', '4.17.1', '4.18', 'Xen 4.19', 'staging'];
    expect(releasesInRanges([{ from: '4.17', to: null }], names)).toEqual([
      '4.17',
      '4.17.1',
      '4.18',
      'Xen 4.19',
    ]);
    expect(releasesInRanges([{ from: '4.9', to: '4.17' }], names)).toEqual([
      '4.16',
      '4.17',
      '4.17.1',
    ]);
    expect(releasesInRanges([{ from: null, to: null }], names)).toEqual(names.slice(0, 5));
  });

  it('is read from a pasted mail, only from its VULNERABLE SYSTEMS section', () => {
    const parsed = parseAdvisoryMail(`Date: Tue, 01 Dec 2026 12:00:00 +0000

            Xen Security Advisory CVE-2026-41001 / XSA-901
                               version 1

                        x86: a flaw in 4.10 emulation

ISSUE DESCRIPTION
=================

Xen 4.10 introduced the emulation path that is at fault.

VULNERABLE SYSTEMS
==================

Xen versions 4.14 through 4.19 are vulnerable.
`);
    expect(parsed.vulnerable).toEqual({
      sentences: ['Xen versions 4.14 through 4.19 are vulnerable.'],
      ranges: [{ from: '4.14', to: '4.19' }],
    });
  });
});
