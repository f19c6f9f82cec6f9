import type { Advisory } from './advisory';

// The sharing profiles: who an export, a calendar, a mail or a picture is
// for, and how much of each advisory that audience may see.

export const PROFILES = ['public', 'predisclosure', 'team'] as const;
export type Profile = (typeof PROFILES)[number];

export const PROFILE_DESCRIPTIONS: Record<Profile, string> = {
  public: 'Public: no embargoed advisory or follow-up at all. Safe to publish.',
  predisclosure:
    'Pre-disclosure: embargoed advisories appear as key and lift date only, as pre-disclosure list members may share.',
  team: 'Team: EVERYTHING, including embargoed titles, CVEs, notes and follow-ups. Keep it inside the security team.',
};

/**
 * How much of an advisory a profile carries: everything (team), all but the
 * team's notes and the follow-ups still under their own embargo (a public
 * advisory), only its key and lift (an embargoed one, to the pre-disclosure
 * list), or nothing. With isFollowUpOut, the single rule for what leaves the
 * machine: every export, and every other output that hides what an export
 * would not carry (the command line's history, presentation mode).
 */
export type Disclosure = 'everything' | 'public' | 'key-and-lift' | 'nothing';

export function advisoryDisclosure(
  advisory: Pick<Advisory, 'status'>,
  profile: Profile,
): Disclosure {
  if (profile === 'team') return 'everything';
  // The recorded status alone: a lift that passed unmarked stays embargoed.
  const status = advisory.status;
  if (status === 'public') return 'public';
  if (profile === 'predisclosure' && status === 'embargoed') return 'key-and-lift';
  // Withdrawn-before-lift and embargoed advisories stay at home.
  return 'nothing';
}

/**
 * Whether a follow-up of a public advisory may be shown: a fix to a fix can
 * be under an embargo of its own, until its own lift.
 */
export function isFollowUpOut(followUp: { publicAt: string | null }, now: Date): boolean {
  return followUp.publicAt === null || Date.parse(followUp.publicAt) <= now.getTime();
}
