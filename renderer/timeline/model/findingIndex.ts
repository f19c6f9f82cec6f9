import type { Finding, Severity, Suggestion } from '../../../shared/planning';
import { dateMs, instantMs } from './items';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Findings and suggestions looked up by what they are drawn on. */
export interface FindingIndex {
  byAdvisory: Map<string, Finding[]>;
  byRelease: Map<string, Finding[]>;
  suggestionsByRelease: Map<string, Suggestion[]>;
  suggestionsByAdvisory: Map<string, Suggestion[]>;
  counts: Record<Severity, number>;
  /** What is drawn on an advisory, as a string: the memo key of its bar. */
  advisoryKey(key: string): string;
}

/** Where a finding or suggestion sits on the axis: lifts are instants, the rest calendar dates. */
export function timeOf(date: string): number {
  return date.length > 10 ? instantMs(date) : dateMs(date);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function indexFindings(
  findings: readonly Finding[],
  suggestions: readonly Suggestion[],
  shown: { severities: Record<Severity, boolean>; suggestions: boolean },
): FindingIndex {
  const index: FindingIndex = {
    byAdvisory: new Map(),
    byRelease: new Map(),
    suggestionsByRelease: new Map(),
    suggestionsByAdvisory: new Map(),
    counts: { error: 0, warning: 0, info: 0 },
    advisoryKey(key) {
      let signature = signatures.get(key);
      if (signature === undefined) {
        signature =
          findingsKey(index.byAdvisory.get(key)) +
          findingsKey(index.suggestionsByAdvisory.get(key));
        signatures.set(key, signature);
      }
      return signature;
    },
  };
  const signatures = new Map<string, string>();
  for (const finding of findings) {
    if (!shown.severities[finding.severity]) continue;
    index.counts[finding.severity]++;
    if (finding.subject !== null) push(index.byAdvisory, finding.subject, finding);
    if (finding.release !== null) push(index.byRelease, finding.release, finding);
  }
  if (shown.suggestions) {
    for (const suggestion of suggestions) {
      if (suggestion.kind === 'MOVE_EMBARGO_NOTE' && suggestion.subject !== null)
        push(index.suggestionsByAdvisory, suggestion.subject, suggestion);
      else push(index.suggestionsByRelease, suggestion.release, suggestion);
    }
  }
  return index;
}

/** The worse of two severities; null counts as none. */
export function worse(a: Severity | null, b: Severity | null): Severity | null {
  if (a === null) return b;
  if (b === null) return a;
  return RANK[b] < RANK[a] ? b : a;
}

export function worstSeverity(findings: readonly Finding[] | undefined): Severity | null {
  let worst: Severity | null = null;
  for (const f of findings ?? []) worst = worse(worst, f.severity);
  return worst;
}

/** A short value that changes exactly when what is drawn for these findings does (memo keys). */
export function findingsKey(findings: readonly { id: string; date: string }[] | undefined): string {
  if (!findings || findings.length === 0) return '';
  return findings.map((f) => `${f.id}@${f.date}`).join(';');
}
