import type { Finding, Severity } from '../../../shared/planning';
import { timeOf, worstSeverity } from './findingIndex';
import { findingId } from './ids';

// Warnings closer together on screen than a glyph is wide are drawn as one
// glyph with a count: a busy release's lane stays legible (and its DOM
// small) when zoomed out, and splits into single warnings as you zoom in.

/** Glyphs closer than this (in pixels) share one. */
export const GROUP_PX = 14;

export interface FindingGroup {
  id: string;
  findings: Finding[];
  t0: number;
  t1: number;
  worst: Severity;
}

export function groupId(releaseId: number, t0: number, t1: number): string {
  return `xg|${releaseId}|${t0}|${t1}`;
}

/** Parses a group id back into its release and time range, or null for other ids. */
export function parseGroupId(id: string): { releaseId: number; t0: number; t1: number } | null {
  if (!id.startsWith('xg|')) return null;
  const [, releaseId, t0, t1] = id.split('|').map(Number);
  return Number.isFinite(releaseId + t0 + t1) ? { releaseId, t0, t1 } : null;
}

export function groupFindings(
  findings: readonly Finding[] | undefined,
  releaseId: number,
  msPerPx: number,
): FindingGroup[] {
  const sorted = [...(findings ?? [])]
    .map((finding) => ({ finding, t: timeOf(finding.date) }))
    .sort((a, b) => a.t - b.t);
  const reach = GROUP_PX * msPerPx;
  const groups: { findings: Finding[]; t0: number; t1: number }[] = [];
  for (const { finding, t } of sorted) {
    const last = groups[groups.length - 1];
    if (last && t - last.t0 < reach) {
      last.findings.push(finding);
      last.t1 = t;
    } else groups.push({ findings: [finding], t0: t, t1: t });
  }
  return groups.map((g) => ({
    ...g,
    id: g.findings.length === 1 ? findingId(g.findings[0]) : groupId(releaseId, g.t0, g.t1),
    worst: worstSeverity(g.findings)!,
  }));
}
