import type { Finding, Suggestion } from '../../../shared/planning';

// The ids that elements carry in data-item-id, by kind: milestones 'm…',
// advisories 'a…' (see items.ts), warnings 'x…', suggestions 's…',
// clusters of advisories 'c…'.

export const findingId = (finding: Finding) => `x${finding.id}`;
export const suggestionId = (suggestion: Suggestion) => `s${suggestion.id}`;

/** A cluster of advisories: items [first, last) of a packed row, drawn as one shape. */
export const clusterId = (row: number, first: number, last: number) => `c${row}:${first}:${last}`;

/** The row and item range of a cluster's id; null for any other id. */
export function parseClusterId(id: string): { row: number; first: number; last: number } | null {
  const match = /^c(\d+):(\d+):(\d+)$/.exec(id);
  return match ? { row: Number(match[1]), first: Number(match[2]), last: Number(match[3]) } : null;
}
