// Small plans for the timeline's unit tests, built with the planning test builders.

import { makeAdvisory, makeRelease } from '../../../shared/testing/planData';

export const NOW = new Date('2026-11-25T10:00:00Z');

export const RELEASE_421 = makeRelease('4.21', [
  { kind: 'last-posting', planned: '2026-11-27' },
  { kind: 'feature-freeze', planned: '2026-12-18' },
  { kind: 'code-freeze', planned: '2027-01-08' },
  { kind: 'hard-code-freeze', planned: '2027-01-22', baseline: '2027-01-15' },
  { kind: 'branch', planned: '2027-01-26' },
  { kind: 'rc', planned: '2027-01-27', label: 'RC1' },
  { kind: 'release', planned: '2027-02-09' },
]);

export const RELEASE_420 = makeRelease(
  '4.20',
  [
    { kind: 'feature-freeze', planned: '2026-03-24', actual: '2026-03-24' },
    { kind: 'release', planned: '2026-05-05', actual: '2026-05-12' },
  ],
  { status: 'released' },
);

export const XSA_472 = makeAdvisory('XSA-472', '2027-02-10T12:00:00Z', {
  predisclosureAt: '2027-02-01T12:00:00Z',
  affects: ['4.21'],
  followUps: [{ expectedAt: '2027-02-12' }],
});

export const XSA_470 = makeAdvisory('XSA-470', '2026-10-30T12:00:00Z', {
  status: 'public',
  predisclosureAt: '2026-10-16T12:00:00Z',
});
