import type { Finding, Suggestion } from '../../../shared/planning';

// The ids that elements carry in data-item-id, by kind: milestones 'm…',
// advisories 'a…' (see model.ts), warnings 'x…', suggestions 's…'.

export const findingId = (finding: Finding) => `x${finding.id}`;
export const suggestionId = (suggestion: Suggestion) => `s${suggestion.id}`;
