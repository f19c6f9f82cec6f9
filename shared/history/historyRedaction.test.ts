import { describe, expect, it } from 'vitest';
import type { Advisory } from '../domain/advisory';
import { exportBundle } from '../exchange/exportBundle';
import { makeAdvisory } from '../testing/planData';
import { diffEntity } from './fieldDiff';
import { formatChange } from './formatChange';
import { historyRedaction } from './historyRedaction';
import type { EntityHistory } from './schemas';

const NOW = new Date('2026-11-25T10:00:00Z');

/** A history from the states a record went through, oldest first. */
function historyOf(states: (Advisory | null)[], exists = true): EntityHistory {
  const entries = states.slice(1).map((state, i) => ({
    changeId: i + 1,
    at: `2026-11-0${i + 1}T10:00:00Z`,
    who: 'jane',
    source: 'app',
    action:
      states[i] === null
        ? ('create' as const)
        : state === null
          ? ('delete' as const)
          : ('update' as const),
    reason: `reason ${i + 1}`,
    stepId: i + 1,
    name: 'XSA-400',
    fields: diffEntity('advisory', states[i], state),
  }));
  return { entity: 'advisory', id: 400, name: 'XSA-400', exists, entries };
}

/** What a person reading the redacted history would see. */
function printed(history: EntityHistory, advisory: Advisory | null): string {
  const redaction = historyRedaction(history, advisory, NOW);
  return history.entries
    .flatMap((entry) => [
      ...entry.fields.map((change) => formatChange(change, redaction.hides(change))),
      redaction.hidesReason(entry) ? 'reason hidden' : `reason ${entry.reason ?? ''}`,
    ])
    .join('\n');
}

const out = { summary: 'fix that is out', status: 'landed' as const, publicAt: null };
const own = {
  summary: 'fix under its own embargo',
  status: 'landed' as const,
  publicAt: '2026-12-20T12:00:00Z',
};

describe('historyRedaction', () => {
  it('hides of a public advisory exactly what the public export withholds', () => {
    const before = makeAdvisory('XSA-400', '2026-11-01T12:00:00Z', {
      status: 'public',
      followUps: [out],
    });
    const after = makeAdvisory('XSA-400', '2026-11-01T12:00:00Z', {
      status: 'public',
      followUps: [out, own],
    });
    const text = printed(historyOf([null, before, after]), after);
    const exported = JSON.stringify(
      exportBundle({ releases: [], advisories: [after], settings: {} as never }, 'public', NOW),
    );
    expect(exported).toContain('fix that is out');
    expect(exported).not.toContain('fix under its own embargo');
    expect(text).toContain('fix that is out');
    expect(text).not.toContain('fix under its own embargo');
    expect(text).not.toContain('SECRET notes');
    expect(text).toContain('Follow-up #2: added [embargoed]');
    expect(text).toContain('Title: added SECRET title of XSA-400');
    // An entry that touched what is hidden keeps its reason to itself.
    expect(text.endsWith('reason hidden')).toBe(true);
    expect(text).not.toMatch(/reason \d/);
  });

  it('keeps a removed follow-up hidden when it was under its own embargo when removed', () => {
    const withIt = makeAdvisory('XSA-400', '2026-11-01T12:00:00Z', {
      status: 'public',
      followUps: [own],
    });
    const without = makeAdvisory('XSA-400', '2026-11-01T12:00:00Z', { status: 'public' });
    const text = printed(historyOf([null, withIt, without]), without);
    expect(text).not.toContain('fix under its own embargo');
    expect(text).toContain('Follow-up #1: removed (was [embargoed])');
  });

  it('shows a follow-up once its own lift has passed', () => {
    const lifted = { ...own, publicAt: '2026-11-20T12:00:00Z' };
    const advisory = makeAdvisory('XSA-400', '2026-11-01T12:00:00Z', {
      status: 'public',
      followUps: [lifted],
    });
    expect(printed(historyOf([null, advisory]), advisory)).toContain('fix under its own embargo');
  });

  it('hides every confidential field and reason of an embargoed or deleted advisory', () => {
    const embargoed = makeAdvisory('XSA-400', '2027-01-01T12:00:00Z', { followUps: [out] });
    for (const [history, advisory] of [
      [historyOf([null, embargoed]), embargoed],
      [historyOf([null, embargoed, null], false), null],
    ] as const) {
      const text = printed(history, advisory);
      expect(text).not.toMatch(/SECRET|fix that is out|reason \d/);
      expect(text).toContain('Embargo lift: added Fri 1 Jan 2027 12:00 UTC');
    }
  });

  it('hides nothing of a release', () => {
    const history: EntityHistory = {
      entity: 'release',
      id: 1,
      name: '4.11',
      exists: true,
      entries: [],
    };
    expect(historyRedaction(history, null, NOW).summary).toBeNull();
  });
});
