import type { Advisory } from '../domain/advisory';
import type { Release } from '../domain/release';
import type { SettingsValues } from '../domain/settings';
import { advisoryDisclosure, isFollowUpOut, type Profile } from '../domain/profile';
import type { BundleJson } from './bundle';
import { BUNDLE_FORMAT, BUNDLE_VERSION } from './bundleFormat';
import type { ExchangeMarks } from './mergePlan';

export interface PlanData {
  releases: readonly Release[];
  advisories: readonly Advisory[];
  settings: SettingsValues;
}

type BundleAdvisoryJson = BundleJson['advisories'][number];

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

/**
 * The plan as a bundle. A team bundle carries each record's exchange mark as
 * its `base` (what it was at this database's previous exchange, null when
 * none), so the importer can tell which side changed it since.
 */
export function exportBundle(
  data: PlanData,
  profile: Profile,
  now: Date,
  marks?: ExchangeMarks,
): BundleJson {
  const base = (map: ReadonlyMap<string, string> | undefined, name: string) =>
    profile === 'team' && map ? { base: map.get(name) ?? null } : {};
  const advisories = [...data.advisories]
    .sort((a, b) => a.publicAt.localeCompare(b.publicAt) || a.key.localeCompare(b.key))
    .map((advisory) => {
      const redacted = redactAdvisory(advisory, profile, now);
      return redacted && { ...redacted, ...base(marks?.advisories, advisory.key) };
    })
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
        ...base(marks?.releases, release.name),
      })),
    advisories,
  };
}
