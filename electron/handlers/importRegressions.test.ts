import { describe, expect, it } from 'vitest';
import { sampleAdvisory, sampleRelease, tempBackend } from '../testing/tempBackend';

// Bugs the hostile-input tests found, each pinned by the smallest input that showed it.

const bundleWith = (advisory: Record<string, unknown>) =>
  JSON.stringify({
    format: 'embargo-planner/bundle',
    version: 1,
    releases: [{ name: '4.11' }],
    advisories: [{ key: 'XSA-263', publicAt: '2018-05-21T12:00:00Z', ...advisory }],
  });

describe('import regressions', () => {
  it('a bundle listing a release twice in affects is refused as input, not as a database error', () => {
    const backend = tempBackend();
    expect(
      backend.fails('exchange.import', {
        content: bundleWith({ affects: ['4.11', '4.11'] }),
        fileName: 'plan.json',
      }),
    ).toEqual({
      code: 'invalid_input',
      message: 'plan.json: advisories[0].affects: lists a release twice',
    });
    expect(
      backend.fails('exchange.import', {
        content: bundleWith({ cves: ['CVE-2018-3639', 'CVE-2018-3639'] }),
        fileName: 'plan.json',
      }).message,
    ).toBe('plan.json: advisories[0].cves: lists a CVE twice');
    expect(backend.ok('plan.get', {}).releases).toEqual([]);
    backend.close();
  });

  it("Xen's list moving a lift before the pre-disclosure we keep is refused for that entry", () => {
    const backend = tempBackend();
    backend.ok('releases.create', sampleRelease);
    backend.ok('advisories.create', sampleAdvisory); // pre-disclosure 2018-05-07
    const report = backend.ok('exchange.import', {
      content: JSON.stringify([{ xsas: [{ xsa: 263, public_time: '2018-05-01 12:00' }] }]),
      fileName: 'xsa.json',
    });
    expect(report).toMatchObject({
      applied: false,
      refused: [
        {
          where: '[0].xsas[0].publicAt',
          reason:
            'the embargo lifts (2018-05-01T12:00:00Z) before its pre-disclosure (2018-05-07T12:00:00Z, kept from the database)',
        },
      ],
    });
    expect(backend.ok('advisories.list', {})[0].publicAt).toBe('2018-05-21T12:00:00Z');
    backend.close();
  });

  it('half a surrogate pair is refused, not stored as U+FFFD', () => {
    const backend = tempBackend();
    expect(
      backend.fails('advisories.create', { ...sampleAdvisory, affects: [], title: 'a\ud800b' }),
    ).toEqual({
      code: 'invalid_input',
      message: 'title: contains half of a UTF-16 surrogate pair (not a character)',
    });
    backend.close();
  });

  it('an error quotes at most a little of a huge value', () => {
    const backend = tempBackend();
    const error = backend.fails('releases.create', {
      name: '4.12',
      milestones: [{ kind: 'x'.repeat(1_000_000), planned: '2018-06-01' }],
    });
    expect(error.message.length).toBeLessThan(300);
    expect(error.message).toMatch(
      /^milestones\[0\]\.kind: is not a milestone kind \(got "x{39}…; /,
    );
    backend.close();
  });

  it("Xen's list cannot create XSA-0", () => {
    const backend = tempBackend();
    const report = backend.ok('exchange.import', {
      content: JSON.stringify([{ xsas: [{ xsa: '000', public_time: '2018-05-01 12:00' }] }]),
      fileName: 'xsa.json',
    });
    expect(report.refused).toEqual([
      { where: '[0].xsas[0]', reason: 'xsa: must be an advisory number, 1 or more' },
    ]);
    backend.close();
  });
});
