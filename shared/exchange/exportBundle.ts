import type { Advisory } from '../domain/advisory';
import type { Release } from '../domain/release';
import type { SettingsValues } from '../domain/settings';
import type { Profile } from './bundle';
import { BUNDLE_FORMAT, BUNDLE_VERSION } from './bundleFormat';

export interface PlanData {
  releases: readonly Release[];
  advisories: readonly Advisory[];
  settings: SettingsValues;
}

/** The JSON shape of an exported bundle (the output side of the schema). */
export interface BundleJson {
  format: typeof BUNDLE_FORMAT;
  version: typeof BUNDLE_VERSION;
  exportedAt: string;
  profile: Profile;
  settings: SettingsValues;
  releases: {
    name: string;
    status: Release['status'];
    milestones: {
      kind: Release['milestones'][number]['kind'];
      planned: string;
      actual: string | null;
      baseline: string | null;
      label: string | null;
    }[];
    blockers: {
      title: string;
      kind: Release['blockers'][number]['kind'];
      openedOn: string;
      expectedOn: string | null;
      resolvedOn: string | null;
    }[];
  }[];
  advisories: {
    key: string;
    title: string;
    cves: string[];
    status: Advisory['status'];
    predisclosureAt: string | null;
    publicAt: string;
    affects: string[];
    followUps: {
      summary: string;
      expectedAt: string | null;
      status: Advisory['followUps'][number]['status'];
      publicAt: string | null;
    }[];
    notes: string;
  }[];
}

type BundleAdvisoryJson = BundleJson['advisories'][number];

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

/**
 * What an advisory may show under a profile, or null when it must not appear
 * at all. This is the single place that decides what leaves the machine. It
 * goes by the recorded status alone: an embargo whose lift passed but that
 * nobody marked public stays embargoed (the caller applies the
 * autoPublishAtLift setting, when it is on, before asking).
 */
export function redactAdvisory(
  advisory: Advisory,
  profile: Profile,
  now: Date,
): BundleAdvisoryJson | null {
  const status = advisory.status;
  const full: BundleAdvisoryJson = {
    key: advisory.key,
    title: advisory.title,
    cves: [...advisory.cves],
    status,
    predisclosureAt: advisory.predisclosureAt,
    publicAt: advisory.publicAt,
    affects: [...advisory.affects],
    followUps: advisory.followUps.map((f) => ({
      summary: f.summary,
      expectedAt: f.expectedAt,
      status: f.status,
      publicAt: f.publicAt,
    })),
    notes: advisory.notes,
  };
  switch (advisoryDisclosure(advisory, profile)) {
    case 'everything':
      return full;
    case 'public':
      // Notes are the team's working space; they never leave in a shared profile.
      return { ...full, followUps: full.followUps.filter((f) => isFollowUpOut(f, now)), notes: '' };
    case 'key-and-lift':
      return {
        key: advisory.key,
        title: '',
        cves: [],
        status,
        predisclosureAt: null,
        publicAt: advisory.publicAt,
        affects: [],
        followUps: [],
        notes: '',
      };
    case 'nothing':
      return null;
  }
}

export function exportBundle(data: PlanData, profile: Profile, now: Date): BundleJson {
  const advisories = [...data.advisories]
    .sort((a, b) => a.publicAt.localeCompare(b.publicAt) || a.key.localeCompare(b.key))
    .map((advisory) => redactAdvisory(advisory, profile, now))
    .filter((advisory): advisory is BundleAdvisoryJson => advisory !== null);
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    exportedAt: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    profile,
    settings: { ...data.settings },
    releases: [...data.releases]
      .sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }))
      .map((release) => ({
        name: release.name,
        status: release.status,
        milestones: release.milestones.map((m) => ({
          kind: m.kind,
          planned: m.planned,
          actual: m.actual,
          baseline: m.baseline,
          label: m.label,
        })),
        // Blockers are the release's own state (a bug, a test gate), not
        // embargoed advisory data: every profile carries them.
        blockers: release.blockers.map((b) => ({
          title: b.title,
          kind: b.kind,
          openedOn: b.openedOn,
          expectedOn: b.expectedOn,
          resolvedOn: b.resolvedOn,
        })),
      })),
    advisories,
  };
}
