import { describe, expect, it } from 'vitest';
import { PNG_SIGNATURE } from '../chart/png';
import type { Advisory } from '../domain/advisory';
import type { Profile } from '../domain/profile';
import { generatePlan } from '../testing/planData';
import { PNG_SCALE, picturePng } from './picturePng';
import { timelinePicture, type PictureInput } from './timelinePicture';

// The PNG is pixels, so a leak cannot be found by searching its text: it is
// checked instead by drawing the plan twice, once with the embargoed
// advisories' secrets and once with other secrets in their place. Whatever
// the picture may not show must not change a single byte.

const { plan, today } = generatePlan({ advisories: 300, releases: 12, seed: 5 });
const NOW = new Date(`${today}T10:00:00Z`);

/** The embargoed advisories with other titles, CVEs, notes and follow-up summaries. */
function otherSecrets(advisories: readonly Advisory[]): Advisory[] {
  return advisories.map((a) =>
    a.status !== 'embargoed'
      ? a
      : {
          ...a,
          title: `Quite another, much longer secret title of ${a.key} zqN`,
          cves: ['CVE-2099-99999'],
          notes: 'other notes zqN',
          followUps: a.followUps.map((f) => ({ ...f, summary: `another fix zqN ${f.id}` })),
        },
  );
}

function png(advisories: readonly Advisory[], profile: Profile, presenting: boolean) {
  const input: PictureInput = {
    ...plan,
    advisories,
    references: [],
    profile,
    presenting,
    now: NOW,
  };
  // No compression: the bytes are the pixels, which is what is compared.
  return picturePng(timelinePicture(input), (data) => data);
}

/** Where two files first differ, or -1 (a deep equality of megabytes would take minutes). */
function firstDifference(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) return i;
  return -1;
}

describe('the picture as a PNG', () => {
  it('is a PNG of twice the picture, with embargoed advisories in the plan drawn', () => {
    const picture = timelinePicture({
      ...plan,
      references: [],
      profile: 'team',
      presenting: false,
      now: NOW,
      width: 1200,
    });
    expect(plan.advisories.some((a) => a.status === 'embargoed')).toBe(true);
    const bytes = picturePng(picture, (data) => data);
    expect([...bytes.subarray(0, 8)]).toEqual([...PNG_SIGNATURE]);
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    expect(view.getUint32(16)).toBe(1200 * PNG_SCALE);
    expect(view.getUint32(20)).toBe(picture.height * PNG_SCALE);
  });

  it.each([
    ['public', false],
    ['predisclosure', false],
    ['team', true],
  ] as const)(
    'under the %s profile (presenting: %s) is the same, byte for byte, whatever the embargoed titles, CVEs and notes',
    (profile, presenting) => {
      expect(
        firstDifference(
          png(otherSecrets(plan.advisories), profile, presenting),
          png(plan.advisories, profile, presenting),
        ),
      ).toBe(-1);
    },
  );

  it('does change with the titles where the team profile shows them (so the check above can fail)', () => {
    expect(
      firstDifference(
        png(otherSecrets(plan.advisories), 'team', false),
        png(plan.advisories, 'team', false),
      ),
    ).toBeGreaterThan(0);
  });
});
