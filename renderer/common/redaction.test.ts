import { describe, expect, it } from 'vitest';
import { makeAdvisory } from '../../shared/testing/planData';
import { isRedacted, shownCves, shownFollowUpSummary, shownTitle } from './redaction';

const NOW = new Date('2026-11-25T10:00:00Z');
const embargoed = makeAdvisory('XSA-500', '2027-01-01T12:00:00Z', {
  followUps: [{ summary: 'fix to the fix' }],
});
const lifted = makeAdvisory('XSA-400', '2026-11-01T12:00:00Z', { followUps: [] });
const published = makeAdvisory('XSA-401', '2026-11-01T12:00:00Z', {
  status: 'public',
  followUps: [
    { summary: 'pending fix', status: 'pending' },
    { summary: 'landed fix', status: 'landed' },
    { summary: 'published fix', status: 'pending', publicAt: '2026-11-20T12:00:00Z' },
  ],
});

describe('presentation mode redaction', () => {
  it('hides an embargo in force: title, CVEs and follow-ups', () => {
    expect(isRedacted(embargoed, NOW, true)).toBe(true);
    expect(shownTitle(embargoed, NOW, true)).toBeNull();
    expect(shownCves(embargoed, NOW, true)).toEqual([]);
    expect(shownFollowUpSummary(embargoed, embargoed.followUps[0], NOW, true)).toBeNull();
  });

  it('shows everything when not presenting', () => {
    expect(shownTitle(embargoed, NOW, false)).toBe(embargoed.title);
    expect(shownCves(embargoed, NOW, false)).toEqual(embargoed.cves);
  });

  it('keeps hiding an embargo whose lift has passed until someone marks it public', () => {
    expect(isRedacted(lifted, NOW, true)).toBe(true);
    expect(shownTitle(lifted, NOW, true)).toBeNull();
    expect(shownCves(lifted, NOW, true)).toEqual([]);
  });

  it('shows an advisory marked public, but keeps pending fixes to it hidden', () => {
    expect(isRedacted(published, NOW, true)).toBe(false);
    expect(shownTitle(published, NOW, true)).toBe(published.title);
    const [pending, landed, out] = published.followUps;
    expect(shownFollowUpSummary(published, pending, NOW, true)).toBeNull();
    expect(shownFollowUpSummary(published, landed, NOW, true)).toBe('landed fix');
    expect(shownFollowUpSummary(published, out, NOW, true)).toBe('published fix');
  });

  it('never shows a follow-up a shared export withholds: landed, but under its own embargo', () => {
    const ownLift = makeAdvisory('XSA-401', '2026-11-01T12:00:00Z', {
      followUps: [
        {
          summary: 'landed, lifts in December',
          status: 'landed',
          publicAt: '2026-12-20T12:00:00Z',
        },
      ],
    });
    expect(shownFollowUpSummary(ownLift, ownLift.followUps[0], NOW, true)).toBeNull();
    expect(shownFollowUpSummary(ownLift, ownLift.followUps[0], NOW, false)).toBe(
      'landed, lifts in December',
    );
  });
});
