import type { Release } from '../domain/release';
import { dayNumber } from '../planning/days';
import type { Drawn } from './drawnAdvisories';
import type { PictureInput } from './pictureInput';
import { DAY_MS } from './style';

// Which days the picture covers.

export interface Range {
  from: number;
  to: number;
}

export function releaseSpan(release: Release): Range | null {
  const days = release.milestones.flatMap((m) =>
    [m.planned, m.actual, m.baseline].filter((d): d is string => d !== null).map(dayNumber),
  );
  if (days.length === 0) return null;
  return { from: Math.min(...days), to: Math.max(...days) };
}

export const releaseDay = (r: Release) => {
  const m = r.milestones.find((x) => x.kind === 'release');
  return m ? dayNumber(m.actual ?? m.planned) : null;
};

/** The days the picture covers, [from, to] inclusive, as day numbers. */
export function pictureRange(input: PictureInput, drawn: readonly Drawn[]): Range {
  const today = Math.floor(input.now.getTime() / DAY_MS);
  if (input.from && input.to) return { from: dayNumber(input.from), to: dayNumber(input.to) };
  const named = input.release ? input.releases.find((r) => r.name === input.release) : undefined;
  const next =
    named ??
    [...input.releases]
      .filter((r) => r.status !== 'released' && (releaseDay(r) ?? -Infinity) >= today)
      .sort((a, b) => releaseDay(a)! - releaseDay(b)!)[0];
  const span = next ? releaseSpan(next) : null;
  if (span) {
    // A freeze-first plan shows its development phase too, and the weeks after the release.
    const from = Math.min(span.from - 28, named ? span.from - 28 : today - 14);
    return {
      from: input.from ? dayNumber(input.from) : from,
      to: input.to ? dayNumber(input.to) : span.to + 21,
    };
  }
  const all: number[] = [];
  for (const r of input.releases) {
    const s = releaseSpan(r);
    if (s) all.push(s.from, s.to);
  }
  for (const d of drawn) {
    all.push(Math.floor(Date.parse(d.advisory.publicAt) / DAY_MS));
    if (d.advisory.predisclosureAt)
      all.push(Math.floor(Date.parse(d.advisory.predisclosureAt) / DAY_MS));
  }
  if (all.length === 0) return { from: today - 30, to: today + 90 };
  return { from: Math.min(...all) - 7, to: Math.max(...all) + 14 };
}
