import { describe, expect, it } from 'vitest';
import { seededRandom } from '../random';
import type { Finding, FindingCode } from '../types';
import { compareFindings, makeFinding, sortFindings } from './finding';

const CODES: FindingCode[] = [
  'PREDISCLOSURE_TOO_SHORT',
  'EMBARGO_ON_NON_WORKING_DAY',
  'LIFT_PASSED_NOT_PUBLIC',
  'EMBARGO_AFTER_RELEASE',
];

/** Findings with many shared severities and days, instants and dates mixed. */
function findings(count: number, seed: number, odd = false): Finding[] {
  const next = seededRandom(seed);
  const pick = (n: number) => Math.floor(next() * n);
  return Array.from({ length: count }, (_, i) => {
    const day = `20${10 + pick(3)}-0${1 + pick(3)}-1${pick(4)}`;
    const date = odd && i % 97 === 0 ? 'soon' : next() < 0.5 ? day : `${day}T1${pick(3)}:00:00Z`;
    return makeFinding(CODES[pick(CODES.length)], {
      subject: `XSA-${pick(40)}`,
      severity: (['error', 'warning', 'info'] as const)[pick(3)],
      date,
      message: `message ${pick(5)}`,
      numbers: {},
    });
  });
}

describe('sortFindings', () => {
  it('orders exactly as compareFindings does', () => {
    for (const seed of [1, 2, 3]) {
      const input = findings(3000, seed);
      const expected = input.slice().sort(compareFindings);
      expect(sortFindings(input.slice())).toEqual(expected);
    }
  });

  it('falls back to compareFindings for a date that is not ISO-shaped', () => {
    const input = findings(500, 4, true);
    expect(sortFindings(input.slice())).toEqual(input.slice().sort(compareFindings));
  });
});
