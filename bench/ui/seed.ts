import { BUNDLE_FORMAT, BUNDLE_VERSION } from '../../shared/exchange/bundle';
import { dayNumber, isoDateOf } from '../../shared/planning/days';
import { generatePlan } from '../../shared/testing/planData';

// A project's whole history as an import bundle: the planning benchmark's
// seeded plan (100 releases five weeks apart, 10,000 advisories over the
// same years), moved in whole weeks so that today falls where the generator
// put it, with the releases before today marked released.

const DAY_MS = 86_400_000;

export interface SeedOptions {
  advisories: number;
  releases: number;
  now: Date;
}

export function benchBundle(options: SeedOptions): { json: string; nextRelease: string } {
  const { plan, today } = generatePlan({
    advisories: options.advisories,
    releases: options.releases,
    seed: 7,
  });
  const realToday = Math.floor(options.now.getTime() / DAY_MS);
  const shift = Math.round((realToday - dayNumber(today)) / 7) * 7;
  const date = (d: string) => isoDateOf(dayNumber(d) + shift);
  const instant = (i: string) =>
    new Date(Date.parse(i) + shift * DAY_MS).toISOString().replace(/\.\d{3}Z$/, 'Z');

  let nextRelease = '';
  const releases = plan.releases.map((release) => {
    const at = release.milestones.find((m) => m.kind === 'release')!.planned;
    const released = dayNumber(at) + shift < realToday;
    if (!released && !nextRelease) nextRelease = release.name;
    return {
      name: release.name,
      status: released ? 'released' : 'planned',
      milestones: release.milestones.map((m) => ({
        kind: m.kind,
        planned: date(m.planned),
        actual: released ? date(m.planned) : null,
        label: m.label,
      })),
    };
  });
  const advisories = plan.advisories.map((a, i) => ({
    key: a.key,
    title: `Synthetic advisory ${i + 1}`,
    cves: [`CVE-2020-${String(10000 + i)}`],
    status: a.status,
    predisclosureAt: a.predisclosureAt ? instant(a.predisclosureAt) : null,
    publicAt: instant(a.publicAt),
    affects: a.affects,
    followUps: a.followUps.map((f, n) => ({
      summary: `Follow-up ${n + 1} to ${a.key}`,
      expectedAt: f.expectedAt ? date(f.expectedAt) : null,
      status: f.status,
      publicAt: f.publicAt ? instant(f.publicAt) : null,
    })),
    notes: '',
  }));
  const json = JSON.stringify({
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    profile: 'team',
    settings: plan.settings,
    releases,
    advisories,
  });
  return { json, nextRelease };
}
