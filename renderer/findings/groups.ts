import type { Release } from '../../shared/domain/release';
import type { Analysis, Finding, Severity, Suggestion } from '../../shared/planning';

export interface FindingGroup {
  /** A React key and the stem of element ids. */
  key: string;
  /** The release it is about; null for the findings about an advisory alone. */
  release: Release | null;
  findings: Finding[];
  suggestions: Suggestion[];
}

/**
 * Findings and suggestions by release, in the plan's release order, then the
 * advisory-only findings. A release with nothing to say has no group. Only
 * the severities asked for are kept; suggestions always are (they answer the
 * errors, and hiding errors should not hide the way out).
 */
export function groupAnalysis(
  releases: readonly Release[],
  analysis: Analysis,
  shown: Readonly<Record<Severity, boolean>> = { error: true, warning: true, info: true },
): FindingGroup[] {
  const byRelease = new Map<string, FindingGroup>();
  const loose: FindingGroup = { key: 'advisories', release: null, findings: [], suggestions: [] };
  const groups = releases.map((release) => {
    const group: FindingGroup = {
      key: `release-${release.id}`,
      release,
      findings: [],
      suggestions: [],
    };
    byRelease.set(release.name, group);
    return group;
  });
  for (const finding of analysis.findings) {
    if (!shown[finding.severity]) continue;
    const group = finding.release === null ? loose : byRelease.get(finding.release);
    (group ?? loose).findings.push(finding);
  }
  for (const suggestion of analysis.suggestions)
    byRelease.get(suggestion.release)?.suggestions.push(suggestion);
  return [...groups, loose].filter((g) => g.findings.length + g.suggestions.length > 0);
}
