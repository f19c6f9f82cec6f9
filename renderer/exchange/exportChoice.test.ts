import { describe, expect, it } from 'vitest';
import type { Advisory } from '../../shared/domain/advisory';
import type { Release } from '../../shared/domain/release';
import {
  bundleFileName,
  defaultRelease,
  embargoedInScope,
  listKeys,
  saveLabel,
  scopesOf,
  settleChoice,
} from './exportChoice';
import { PROFILE_CHOICES, profileEffect, splitDescription } from './profiles';

function release(name: string, released = false): Release {
  return {
    id: name.length,
    revision: 1,
    name,
    status: released ? 'released' : 'planned',
    blockers: [],
    milestones: [],
  };
}

function advisory(
  key: string,
  publicAt: string,
  affects: string[],
  status: Advisory['status'] = 'embargoed',
): Advisory {
  return {
    id: Number(key.slice(4)),
    revision: 1,
    key,
    title: 'secret',
    cves: [],
    status,
    predisclosureAt: null,
    publicAt,
    affects,
    followUps: [],
    notes: '',
  };
}

describe('export choice', () => {
  const releases = [release('4.10', true), release('4.11'), release('4.12')];

  it('knows which scopes each format has', () => {
    expect(scopesOf('ics')).toEqual({ plan: true, release: true });
    expect(scopesOf('mail')).toEqual({ plan: false, release: true });
    expect(scopesOf('bundle')).toEqual({ plan: true, release: false });
  });

  it('mails the next unreleased release by default', () => {
    expect(defaultRelease(releases)).toBe('4.11');
    expect(defaultRelease([release('4.10', true)])).toBe('4.10');
    expect(defaultRelease([])).toBeNull();
  });

  it('gives a mail a release and a bundle the whole plan', () => {
    expect(settleChoice({ format: 'mail', release: null, profile: 'public' }, releases)).toEqual({
      format: 'mail',
      release: '4.11',
      profile: 'public',
    });
    expect(settleChoice({ format: 'bundle', release: '4.12', profile: 'team' }, releases)).toEqual({
      format: 'bundle',
      release: null,
      profile: 'team',
    });
    const ics = { format: 'ics', release: '4.12', profile: 'public' } as const;
    expect(settleChoice(ics, releases)).toBe(ics);
  });

  it('lets go of a release that is gone', () => {
    expect(
      settleChoice({ format: 'ics', release: '4.99', profile: 'public' }, releases).release,
    ).toBeNull();
    expect(
      settleChoice({ format: 'mail', release: '4.99', profile: 'public' }, []).release,
    ).toBeNull();
  });

  it('says on the button when embargoed details go out', () => {
    expect(saveLabel({ format: 'ics', release: null, profile: 'public' })).toBe('Save calendar');
    expect(saveLabel({ format: 'bundle', release: null, profile: 'predisclosure' })).toBe(
      'Save bundle',
    );
    expect(saveLabel({ format: 'mail', release: '4.11', profile: 'team' })).toBe(
      'Save with embargoed details',
    );
  });

  it('counts the embargoes in scope, lifted ones until marked public; withdrawn ones are not secret', () => {
    const advisories = [
      advisory('XSA-300', '2026-12-01T12:00:00Z', ['4.11']),
      advisory('XSA-301', '2026-12-02T12:00:00Z', ['4.12']),
      advisory('XSA-263', '2018-05-21T12:00:00Z', ['4.11']),
      advisory('XSA-302', '2026-12-03T12:00:00Z', ['4.11'], 'withdrawn'),
    ];
    expect(embargoedInScope(advisories, null)).toEqual(['XSA-300', 'XSA-301', 'XSA-263']);
    expect(embargoedInScope(advisories, '4.11')).toEqual(['XSA-300', 'XSA-263']);
    const marked = advisories.map((a) =>
      a.key === 'XSA-263' ? { ...a, status: 'public' as const } : a,
    );
    expect(embargoedInScope(marked, '4.11')).toEqual(['XSA-300']);
  });

  it('lists keys briefly', () => {
    expect(listKeys([])).toBe('');
    expect(listKeys(['XSA-1'])).toBe('XSA-1');
    expect(listKeys(['XSA-1', 'XSA-2', 'XSA-3'])).toBe('XSA-1, XSA-2 and XSA-3');
    expect(listKeys(['A-1', 'A-2', 'A-3', 'A-4'], 2)).toBe('A-1, A-2 and 2 more');
  });

  it('dates bundle names so that backups do not overwrite each other', () => {
    expect(bundleFileName('team', '2026-11-25T12:00:00Z')).toBe(
      'embargo-planner-plan-team-2026-11-25.json',
    );
  });
});

describe('profiles', () => {
  it('splits the shared descriptions into a title and a sentence', () => {
    expect(splitDescription('Public: no embargoed advisory at all.')).toEqual({
      title: 'Public',
      text: 'No embargoed advisory at all.',
    });
    expect(PROFILE_CHOICES.map((c) => c.label)).toEqual(['Public', 'Pre-disclosure', 'Team']);
  });

  it('says plainly what each profile does to the embargoes in scope', () => {
    expect(profileEffect('public', ['XSA-300'])).toBe(
      '1 advisory under embargo (XSA-300) is left out entirely.',
    );
    expect(profileEffect('predisclosure', ['XSA-300', 'XSA-301'])).toMatch(
      /^2 advisories under embargo \(XSA-300 and XSA-301\) appear with key and lift date only/,
    );
    expect(profileEffect('team', ['XSA-300'])).toMatch(
      /titles, CVEs, notes and follow-up fixes of 1 advisory still under embargo: XSA-300\./,
    );
    expect(profileEffect('team', [])).toMatch(/still carries notes/);
  });
});
