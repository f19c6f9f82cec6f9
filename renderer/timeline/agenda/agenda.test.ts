import { describe, expect, it } from 'vitest';
import { analyse } from '../../../shared/planning';
import { planOf, SECRET } from '../../../shared/testing/planData';
import { agendaRows } from './agenda';
import { DEFAULT_FILTERS } from '../model/filters';
import { indexFindings } from '../model/findingIndex';
import { advisoryItem, dateMs, releaseLane } from '../model/items';
import { NOW, RELEASE_421, XSA_472 } from '../model/testPlan';

const analysis = analyse(planOf([RELEASE_421], [XSA_472]), '2026-11-25');
const input = (presenting: boolean) => ({
  lanes: [releaseLane(RELEASE_421)],
  items: [advisoryItem(XSA_472)],
  index: indexFindings(analysis.findings, analysis.suggestions, DEFAULT_FILTERS),
  from: dateMs('2027-01-20'),
  to: dateMs('2027-02-20'),
  now: NOW,
  presenting,
});

describe('agenda', () => {
  it('lists milestones, lifts, follow-ups, warnings and suggestions in date order', () => {
    const rows = agendaRows(input(false));
    expect(rows.map((r) => r.t)).toEqual([...rows.map((r) => r.t)].sort((a, b) => a - b));
    const kinds = new Set(rows.map((r) => r.kind));
    for (const kind of ['milestone', 'predisclosure', 'lift', 'follow-up', 'finding', 'suggestion'])
      expect(kinds.has(kind as never)).toBe(true);
    expect(rows.find((r) => r.kind === 'lift')?.what).toBe('XSA-472 embargo lifts');
    expect(rows.filter((r) => r.kind === 'milestone').map((r) => r.what)).toContain('Release 4.21');
    // Only the range asked for: the feature freeze in December is not in it.
    expect(rows.some((r) => r.what.includes('Feature freeze'))).toBe(false);
  });

  it('never lists a warning twice, though it concerns both a release and an advisory', () => {
    const ids = agendaRows(input(false))
      .filter((r) => r.kind === 'finding')
      .map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps embargoed details out while presenting', () => {
    const text = JSON.stringify(agendaRows(input(true)));
    expect(text).not.toContain(SECRET);
    expect(JSON.stringify(agendaRows(input(false)))).toContain(SECRET);
  });
});
