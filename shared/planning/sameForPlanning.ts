import type { Advisory } from '../domain/advisory';
import type { Release } from '../domain/release';
import type { SettingsValues } from '../domain/settings';

// Equality on the fields the planning rules read. The incremental analyser
// tries object identity first; these let it also reuse work when a store
// hands back fresh but equal objects after a reload. Fields the rules never
// read (titles, CVEs, notes, baselines) are left out on purpose: editing
// them must not cost a recompute.

function sameList<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!same(a[i], b[i])) return false;
  return true;
}

const sameValue = <T>(x: T, y: T): boolean => x === y;

export function sameAdvisory(a: Advisory, b: Advisory): boolean {
  return (
    a === b ||
    (a.id === b.id &&
      a.key === b.key &&
      a.status === b.status &&
      a.publicAt === b.publicAt &&
      a.predisclosureAt === b.predisclosureAt &&
      sameList(a.affects, b.affects, sameValue) &&
      sameList(
        a.followUps,
        b.followUps,
        (x, y) =>
          x.id === y.id &&
          x.summary === y.summary &&
          x.status === y.status &&
          x.expectedAt === y.expectedAt &&
          x.publicAt === y.publicAt,
      ))
  );
}

export function sameRelease(a: Release, b: Release): boolean {
  return (
    a === b ||
    (a.id === b.id &&
      a.name === b.name &&
      a.status === b.status &&
      sameList(
        a.milestones,
        b.milestones,
        (x, y) =>
          x.kind === y.kind &&
          x.planned === y.planned &&
          x.actual === y.actual &&
          x.label === y.label,
      ) &&
      sameList(
        a.blockers,
        b.blockers,
        (x, y) =>
          x.id === y.id &&
          x.title === y.title &&
          x.kind === y.kind &&
          x.openedOn === y.openedOn &&
          x.expectedOn === y.expectedOn &&
          x.resolvedOn === y.resolvedOn,
      ))
  );
}

export function sameSettings(a: SettingsValues, b: SettingsValues): boolean {
  return (
    a === b ||
    (a.warnWindowDays === b.warnWindowDays &&
      a.releaseBufferWorkingDays === b.releaseBufferWorkingDays &&
      a.minPredisclosureWorkingDays === b.minPredisclosureWorkingDays &&
      a.defaultPublicTimeUtc === b.defaultPublicTimeUtc &&
      sameList(a.workingDays, b.workingDays, sameValue) &&
      sameList(a.releaseWeekdays, b.releaseWeekdays, sameValue) &&
      sameList(a.holidays, b.holidays, sameValue) &&
      a.embargoWaitPolicy === b.embargoWaitPolicy &&
      a.embargoWaitWeeks === b.embargoWaitWeeks)
  );
}
